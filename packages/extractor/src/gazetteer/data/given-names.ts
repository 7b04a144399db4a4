// Given names (first names) as news romanises them, broad across the regions that negotiation news covers
// (2012-2025): Arabic, Persian, Turkish, Kurdish, Hebrew, Horn of Africa, East, West, Central and Southern
// Africa, Lusophone and Hispanic, European, Slavic and Baltic, the Caucasus, Central, South, Southeast and
// East Asia. Compiled by the project from general knowledge of naming conventions.
//
// Used only as a signal: a capitalised sequence that opens with one of these words is taken to be a person
// ("Felix Tshisekedi flew to Luanda", "Hassan Sheikh Mohamud arrived") even when no title or speech verb
// marks it. Each entry is one word exactly as written in text (hyphenated given names such as "Jean-Yves"
// or "Jae-in" are one word); accented and unaccented spellings are both listed where news uses both
// (José/Jose, Félix/Felix). No entry repeats.
//
// Exclusion rule: a false person is worse than a missed one, so a word is left out when it is also
// commonly a state, region, city or other place, a demonym, an organisation or part of one's name, a
// month or weekday, a title or honorific (Sheikh, Emir, Sultan, Malik, Mirza, Sayyid, Khan, Nana ...),
// a name particle (Al, El, Bin, Ben, Abu), or an ordinary English word in capitalised positions (Will,
// Mark, Grace, Hope, Said, Jihad, Salam, Amal, Jordan, Victoria, Santiago ...). When in doubt, left out.
// Surnames (Tshisekedi, Kagame) are not given names and are not listed.

export const GIVEN_NAMES: readonly string[] = [
  // ---- Arabic (Gulf, Levant, Iraq, Egypt, Sudan, Libya, Maghreb), with the common romanisations
  "Mohammed", "Muhammad", "Mohamed", "Mohammad", "Mohamad", "Muhammed", "Mohamud", "Mohd", "Ahmed", "Ahmad", "Abdel",
  "Abdul", "Abdullah", "Abdallah", "Abdulla", "Abdalla", "Abdelaziz", "Abdulaziz", "Abdul-Aziz", "Abdelkader",
  "Abdulkader", "Abdelkarim", "Abdulkarim", "Abdul-Karim", "Abdelrahman", "Abdulrahman", "Abdul-Rahman",
  "Abderrahmane", "Abdurrahman", "Abdelhamid", "Abdulhamid", "Abdul-Hamid", "Abdelmadjid", "Abdelmajid",
  "Abdelfattah", "Abdel-Fattah", "Abdellatif", "Abdullatif", "Abdelmalek", "Abdulmalik", "Abdul-Malik", "Abdelilah",
  "Abdelsalam", "Abdulsalam", "Abdulmahdi", "Abdul-Mahdi", "Abdrabbuh", "Abd-Rabbo", "Abbas", "Ali", "Alaa", "Amr",
  "Anas", "Ashraf", "Ayman", "Ayoub", "Bassam", "Bilal", "Burhan", "Fadi", "Faisal", "Feisal", "Faysal", "Farid",
  "Farouk", "Fathi", "Fawzi", "Fayez", "Ghassan", "Habib", "Hadi", "Hafez", "Haitham", "Hamad", "Hamed", "Hamid",
  "Hamdan", "Hamza", "Hani", "Hazem", "Hesham", "Hisham", "Hicham", "Hosni", "Hossam", "Hassan", "Hasan", "Hussein",
  "Hussain", "Husain", "Idris", "Imad", "Emad", "Iyad", "Jaber", "Jafar", "Jaafar", "Jalal", "Jamal", "Gamal",
  "Jamil", "Jawad", "Jibril", "Gibril", "Kamal", "Kamel", "Karim", "Khalil", "Khaled", "Khalid", "Mansour", "Mansur",
  "Marwan", "Maher", "Mazen", "Mohsen", "Mounir", "Munir", "Mourad", "Murad", "Mousa", "Moussa", "Musa", "Mustafa",
  "Mostafa", "Moustafa", "Mustapha", "Mahmoud", "Mahmud", "Nabil", "Nader", "Nadir", "Najib", "Naguib", "Nasser",
  "Nasir", "Naser", "Nawaf", "Nayef", "Naif", "Nizar", "Nouri", "Nuri", "Omar", "Umar", "Othman", "Osman", "Osama",
  "Usama", "Qasim", "Qassem", "Raed", "Rafik", "Rafiq", "Ramzi", "Rashid", "Rachid", "Rasheed", "Rashed", "Riad",
  "Saad", "Saddam", "Saeed", "Salah", "Salaheddine", "Salahuddin", "Saleh", "Salih", "Salim", "Sami", "Samir",
  "Samer", "Suleiman", "Sulaiman", "Taha", "Talal", "Tareq", "Tarek", "Tariq", "Tawfiq", "Wael", "Waleed", "Walid",
  "Wissam", "Yahya", "Yasser", "Yasir", "Zakaria", "Ziad", "Youssef", "Yousef", "Yusuf", "Ibrahim", "Ismail",
  "Ismael", "Issa", "Adel", "Adil", "Adnan", "Akram", "Amer", "Ammar", "Amin", "Amine", "Anwar", "Asaad", "Aziz",
  "Bashar", "Bashir", "Fahd", "Fahad", "Fouad", "Fuad", "Gebran", "Ghazi", "Haider", "Haidar", "Hashim", "Elias",
  "Issam", "Essam", "Jassim", "Kais", "Qais", "Majid", "Majed", "Mehdi", "Mishal", "Mukhtar", "Nabih", "Naim",
  "Nidal", "Noureddine", "Rami", "Rashad", "Saif", "Sherif", "Suhail", "Tahir", "Tamim", "Turki", "Yassin",
  "Yassine", "Moncef", "Rached", "Beji", "Béji", "Lakhdar", "Ramtane", "Brahim", "Driss", "Muammar", "Moammar",
  "Aguila", "Boutros", "Michel", "Tahnoun", "Qaboos", "Bader", "Aidarous", "Tawakkol", "Minni", "Aisha", "Aicha",
  "Ayesha", "Amina", "Asma", "Basma", "Dalia", "Dina", "Farah", "Fatima", "Fatma", "Ghada", "Hala", "Hanan", "Hiba",
  "Hoda", "Huda", "Iman", "Jamila", "Khadija", "Layla", "Leila", "Laila", "Lina", "Lubna", "Manal", "Mariam",
  "Maryam", "Mona", "Nadia", "Najat", "Najla", "Nawal", "Nour", "Noor", "Noura", "Rania", "Rasha", "Reem", "Rima",
  "Rula", "Salma", "Samira", "Samia", "Suha", "Suad", "Yasmin", "Yasmine", "Zainab", "Zeinab", "Zahra", "Ahlam",
  "Bushra", "Halima", "Latifa", "Nesrine", "Nisreen", "Sahar", "Sherine", "Yara", "Aya", "Marwa", "Sara", "Sarah",
  "Amira", "Amna",
  "Sameh", "Abdelwahab", "Abdulwahab", "Abdelghani", "Abdelhadi", "Abdulhadi", "Abdelhakim", "Abdelrahim",
  "Abdulrahim", "Abdur", "Bahaa", "Faris", "Hatem", "Husam", "Hussam", "Ihab", "Mohannad", "Muhannad", "Raad",
  "Rafic", "Saadeddine", "Sabri", "Sadiq", "Shadi", "Shukri", "Tarik", "Wassim", "Yazeed", "Zaher", "Basem", "Izzat",
  "Taher", "Saeb", "Rawhi", "Azzam", "Wafiq", "Hashem", "Tammam", "Sleiman", "Murhaf", "Buthaina", "Muqtada",
  "Faleh", "Maeen", "Siddig", "Chakib", "Bisher", "Musaed", "Diaa", "Hany", "Hamdeen", "Lolwah", "Zaid", "Zeid",
  "Rauf", "Arif", "Rida", "Bachir", "Abdelbagi", "Nadine",
  "Romdhane", "Hichem", "Nabila", "Abir", "Olfa", "Aymen", "Aqila", "Abdulghani", "Eman", "Heba",

  // ---- Persian (Iran)
  "Abolfazl", "Alireza", "Arash", "Asghar", "Babak", "Bagher", "Bahram", "Behrouz", "Bijan", "Dariush", "Ebrahim",
  "Ehsan", "Esmail", "Esmaeil", "Farhad", "Gholamreza", "Gholamhossein", "Hamidreza", "Hossein", "Javad", "Kaveh",
  "Kazem", "Manouchehr", "Masoud", "Massoud", "Mehrdad", "Mohammadreza", "Mohammad-Javad", "Mohammad-Bagher",
  "Mohammad-Reza", "Mojtaba", "Morteza", "Omid", "Parviz", "Qasem", "Ghasem", "Reza", "Ruhollah", "Sadegh", "Sohrab",
  "Vahid", "Abdollah", "Khosrow", "Rahim", "Rasoul", "Sajjad", "Cyrus", "Saeid", "Shahin", "Ali-Akbar", "Ali-Asghar",
  "Mohammad-Ali", "Azadeh", "Fatemeh", "Farzaneh", "Mahsa", "Marzieh", "Masih", "Masoumeh", "Nahid", "Narges",
  "Nasrin", "Nazanin", "Neda", "Niloufar", "Parisa", "Roya", "Shirin", "Soraya", "Sepideh", "Tahereh", "Zohreh",
  "Jina", "Mitra",
  "Abdolrahim", "Eshaq", "Mir-Hossein", "Eskandar", "Abdolnaser", "Alaeddin", "Abolhassan", "Siamak", "Morad",
  "Jamshid", "Shahram", "Kamran", "Fereydoun", "Ardeshir", "Behnam", "Behzad", "Davoud", "Erfan", "Navid", "Ramin",
  "Abdolhamid", "Elaheh", "Niloofar", "Faezeh", "Armita", "Elham",
  "Aref",

  // ---- Turkish
  "Recep", "Tayyip", "Ahmet", "Mehmet", "Hakan", "Mevlüt", "Mevlut", "Binali", "Süleyman", "Suleyman", "Kemal",
  "Devlet", "Selahattin", "Ekrem", "İbrahim", "İsmail", "Ömer", "Omer", "Numan", "Bülent", "Bulent", "Yaşar",
  "Yasar", "Hulusi", "İsmet", "Ismet", "Cevdet", "Nihat", "Efkan", "Berat", "Bekir", "Fuat", "Volkan", "Murat",
  "Burak", "Emre", "Cem", "Hüseyin", "Huseyin", "Orhan", "Erdal", "Kadir", "Kenan", "Levent", "Mesut", "Metin",
  "Oğuz", "Oguz", "Uğur", "Ugur", "Ümit", "Umit", "Zeki", "Alparslan", "Ersin", "İlhan", "Ilhan", "Mahir", "Mahmut",
  "Özgür", "Ozgur", "Ekmeleddin", "Emin", "Erol", "Gökhan", "Halil", "Ihsan", "Talat", "Celal", "Cemil", "Davut",
  "Ayşe", "Ayse", "Emine", "Meral", "Tansu", "Canan", "Elif", "Zeynep", "Özlem", "Ozlem", "Esra", "Merve", "Hatice",
  "Selin", "Pervin", "Figen", "Sebahat", "Gültan", "Pınar", "Pinar", "Dilek", "Leyla", "Nilüfer", "Yasemin", "Zehra",
  "Sırrı", "Sirri", "Süreyya", "Sureyya", "Tülay", "Tulay", "Tuncer", "Fahrettin", "Abdulhamit", "Nureddin", "Lütfi",
  "Lutfi", "Naci", "Veli", "Engin", "Garo", "Mithat", "Sezai", "Rıza", "Riza", "Şükrü", "Sukru", "Ertuğrul",
  "Ertugrul", "İlker", "Ilker", "Sinan", "Sedat", "Turgut", "Necmettin", "Deniz", "Selim", "Sibel",

  // ---- Kurdish
  "Masrour", "Nechirvan", "Bafel", "Qubad", "Kosrat", "Lahur", "Mazloum", "Mazlum", "Ilham", "Barham", "Nawshirwan",
  "Hoshyar", "Sinam", "Hevin", "Rojda", "Berivan", "Dilan", "Shervan", "Kawa", "Aram", "Hemin", "Sherko", "Zana",
  "Hiwa", "Salar", "Rebwar", "Bese", "Nazdar",
  "Aldar", "Polat", "Hadiya", "Foza", "Shaswar", "Bahoz", "Dilshad",

  // ---- Hebrew and Israeli
  "Benjamin", "Binyamin", "Yair", "Naftali", "Yoav", "Benny", "Gadi", "Gideon", "Avigdor", "Bezalel", "Itamar",
  "Ron", "Ronen", "Tzachi", "Yossi", "Yosef", "Yitzhak", "Itzhak", "Shimon", "Ehud", "Moshe", "Avi", "Amos", "Dan",
  "Eli", "Eliezer", "Eitan", "Yoni", "Yonatan", "Gilad", "Hagai", "Reuven", "Rivka", "Shira", "Noa", "Michal",
  "Yael", "Yarden", "Hersh", "Agam", "Liri", "Karina", "Naama", "Romi", "Doron", "Ohad", "Omri", "Matan", "Segev",
  "Avinatan", "Edan", "Alon", "Ziv", "Ilan", "Dror", "Ayelet", "Orit", "Merav", "Limor", "Tzipi", "Aharon", "Tzvi",
  "Zvi", "Meir", "Golda", "Yehuda", "Shaul", "Shlomo", "Yigal", "Uri", "Avraham", "Idan", "Avner", "Boaz", "Chaim",
  "Haim", "Dov", "Shmuel", "Tomer", "Yaakov", "Yuval", "Zeev", "Ze'ev", "Aryeh", "Eyal", "Lior", "Mordechai",
  "Nadav", "Oded", "Rafi", "Yehoshua", "Yaron", "Asher", "Kfir", "Dani", "Danny", "Shai", "Ido",
  "Dudi", "Miri", "Gila", "Idit", "Yariv", "Avichai", "Avichay", "Herzi", "Amichai", "Einav", "Shiri", "Daniella",
  "Iair", "Sagui", "Eliya", "Avera", "Ori", "Shlomi", "Itzik", "Tamir", "Shani", "Yocheved", "Dedi", "Effie",

  // ---- Somali
  "Abdirahman", "Abdullahi", "Abdiweli", "Abdikarim", "Abdirashid", "Abdiqadir", "Abdirizak", "Abdiaziz",
  "Abdifatah", "Abdinasir", "Abdirahim", "Abdishakur", "Abdiwahab", "Abdisalam", "Abdi", "Abshir", "Mursal", "Hamse",
  "Mahad", "Guled", "Warsame", "Jama", "Dahir", "Daud", "Siad", "Awale", "Nur", "Ubah", "Hodan", "Fowsiyo", "Hawa",
  "Khadra", "Asha", "Fadumo", "Mustafe", "Aweys", "Deeqa",
  "Abdiqani", "Abdikadir", "Abdirisak", "Abukar", "Ayaan", "Nuradin", "Maryan", "Khadar",

  // ---- Ethiopian and Eritrean (Amharic, Tigrinya, Oromo)
  "Abiy", "Meles", "Hailemariam", "Demeke", "Sahle-Work", "Redwan", "Getachew", "Debretsion", "Tedros", "Isaias",
  "Yemane", "Berhanu", "Birtukan", "Lemma", "Jawar", "Taye", "Gedu", "Temesgen", "Dawit", "Tewodros", "Yohannes",
  "Mengistu", "Haile", "Abebe", "Alemayehu", "Ayele", "Bekele", "Birhanu", "Desta", "Gebremedhin", "Girma", "Hailu",
  "Kebede", "Kidane", "Mesfin", "Mulatu", "Seyoum", "Shiferaw", "Tesfaye", "Tadesse", "Tamrat", "Tsegaye", "Worku",
  "Yared", "Yonas", "Mekdes", "Tigist", "Meaza", "Muferiat", "Lemlem", "Mulugeta", "Fitsum", "Tsadkan", "Sebhat",
  "Ermias", "Eskinder", "Adanech", "Agegnehu", "Habtamu", "Gizachew", "Dawud", "Tesfay", "Petros", "Kiros", "Hiwot",
  "Gedion", "Shimelis", "Adem", "Amanuel", "Asmelash", "Fekadu", "Gebru", "Haftom", "Hagos", "Kahsay", "Merera",
  "Lencho", "Gemechu", "Hachalu", "Addisu", "Teshome",

  // ---- Swahili and East African (Kenya, Tanzania, Uganda, Rwanda, Burundi, South Sudan)
  "Uhuru", "Raila", "Mwai", "Kalonzo", "Musalia", "Rigathi", "Wanjiku", "Wangari", "Njeri", "Otieno", "Odhiambo",
  "Ochieng", "Omondi", "Onyango", "Kiprono", "Wanjiru", "Achieng", "Akinyi", "Kipchumba", "Jakaya", "Kassim",
  "Tundu", "Zitto", "Mizengo", "Makame", "Yoweri", "Muhoozi", "Kizza", "Bobi", "Ruhakana", "Amama", "Okello",
  "Winnie", "Olara", "Louise", "Yolande", "Faustin", "Juvénal", "Juvenal", "Évariste", "Evariste", "Agathon",
  "Domitien", "Anicet", "Salva", "Riek", "Nhial", "Deng", "Garang", "Taban", "Wani", "Kuol", "Akol", "Lual",
  "Nyandeng", "Angelina", "Makuei", "Mabior", "Gatluak", "Barnaba", "Kiir", "Teny",
  "Kithure", "Ababu", "Junet", "Opiyo", "Kimani", "Eliud", "Okiya", "Boniface", "Ngugi", "Jaramogi", "Oginga",
  "Mwigulu", "Godbless", "Seif", "Robinah", "Mathias", "Jeannette", "Victoire", "Théoneste", "Theoneste", "Félicien",
  "Felicien", "Gervais", "Alain-Guillaume", "Cyprien", "Majak",
  "Fatuma",

  // ---- West African (Nigeria, Ghana, Senegal, the Sahel, Côte d'Ivoire, Guinea, Sierra Leone, Liberia, Togo, Benin)
  "Bola", "Muhammadu", "Goodluck", "Olusegun", "Umaru", "Sani", "Atiku", "Kashim", "Yemi", "Oluremi", "Abdulsalami",
  "Babatunde", "Nnamdi", "Chukwuma", "Nyesom", "Bukola", "Femi", "Kayode", "Dele", "Wole", "Tunde", "Adebayo",
  "Adewale", "Funmilayo", "Ngozi", "Chimamanda", "Chinua", "Chidi", "Emeka", "Ifeanyi", "Obinna", "Uche", "Chioma",
  "Amaka", "Oluwaseun", "Yinka", "Babajide", "Aminu", "Abubakar", "Usman", "Garba", "Aliyu", "Yakubu", "Nuhu",
  "Hadiza", "Murtala", "Ademola", "Adekunle", "Akinwumi", "Godswill", "Rabiu", "Aliko", "Babagana", "Nasiru",
  "Haruna", "Kwame", "Kofi", "Kwabena", "Kwaku", "Kwesi", "Akua", "Abena", "Kwasi", "Mahamudu", "Kouassi", "Koffi",
  "Alassane", "Amadou", "Mamadou", "Boubacar", "Ibrahima", "Idrissa", "Souleymane", "Seydou", "Modibo", "Mahamadou",
  "Mahamat", "Hissène", "Hissene", "Goukouni", "Abdourahamane", "Tiémoko", "Tiemoko", "Lansana", "Sékou", "Sekou",
  "Mamady", "Dadis", "Cellou", "Faure", "Komi", "Kodjo", "Gilchrist", "Yayi", "Boni", "Romuald", "Roch", "Blaise",
  "Macky", "Abdoulaye", "Bassirou", "Ousmane", "Aminata", "Fatou", "Modou", "Alioune", "Lamine", "Youssou",
  "Mariama", "Oumar", "Kadiatou", "Assimi", "Moctar", "Choguel", "Soumeylou", "Alghabass", "Djibrill", "Djibril",
  "Salifou", "Ouhoumoudou", "Foday", "Ellen", "Leymah", "Adama", "Umaro", "Issoufou", "Mahamane", "Fatoumata",
  "Patrice", "Lionel",
  "Oby", "Obiageli", "Rotimi", "Godwin", "Wale", "Olayemi", "Dapo", "Seyi", "Adamu", "Festus", "Omoyele", "Ayuba",
  "Olumide", "Tunji", "Olufemi", "Abike", "Biodun", "Gbenga", "Yahaya", "Tijjani", "Tijani", "Mamman", "Remi",
  "Seun", "Nenadi", "Pius", "Ike", "Chukwuemeka", "Adeyemi", "Lateef", "Sule", "Naana", "Kojo", "Kwadwo", "Akwasi",
  "Alban", "Cassiel", "Tidjane", "Kandia", "Mamadi", "Sidya", "Zéphirin", "Zephirin", "Sadio", "Ismaël", "Hassoumi",
  "Diomaye", "Aïssata", "Aissata", "Moustapha", "Birame", "Kassory", "Maada", "Samura", "Kandeh", "Chernor",
  "Juldeh", "Ousainou", "Isatou", "Agbéyomé", "Agbeyome", "Reckya", "Yacouba", "Aïcha", "Dioncounda", "Soumaïla",
  "Soumaila",
  "Abdourahmane", "Aboubacar", "Babacar", "Chinedu", "Ikenna", "Nkechi", "Ijeoma", "Kelechi", "Abiodun",

  // ---- Central African (DRC, Congo-Brazzaville, CAR, Cameroon, Chad, Gabon)
  "Félix", "Felix", "Laurent-Désiré", "Laurent-Desire", "Moïse", "Moise", "Corneille", "Jean-Marc", "Judith",
  "Thérèse", "Therese", "Delly", "Désiré", "Desire", "Fabrice", "Azarias", "Dieudonné", "Dieudonne", "Apollinaire",
  "Floribert", "Anatole", "Guy-Brice", "Jean-Claude", "Firmin", "Faustin-Archange", "Ange-Félix", "Ange-Felix",
  "Étienne", "Etienne", "Crispin", "Honoré", "Jean-Baptiste", "Jean-Paul", "Placide", "Chantal", "Achille", "Brice",
  "Pierre-Claver", "Succès", "Jean-Pierre", "Djimet", "Haroun", "Adoum", "Sylvain", "Lambert",
  "Idriss", "Abakar", "Jean-Lucien", "Modeste", "Adolphe", "Germain", "Bosco", "Simplice", "Sisiku", "Franck",
  "Clotaire", "Alain-Claude", "Noureddin", "Teodorín", "Teodorin", "Antipas",
  "Célestin", "Celestin",

  // ---- Southern African (South Africa, Zimbabwe, Zambia, Malawi, Namibia, Botswana, Lesotho, Eswatini, Madagascar)
  "Cyril", "Thabo", "Naledi", "Kgalema", "Fikile", "Lindiwe", "Nkosazana", "Gwede", "Mmusi", "Bheki", "Sipho",
  "Themba", "Bongani", "Sibusiso", "Mandla", "Thandi", "Nomvula", "Siyabonga", "Ayanda", "Lerato", "Mpho", "Tshepo",
  "Kagiso", "Thabang", "Nokuthula", "Zanele", "Nomsa", "Jabulani", "Khaya", "Dumisani", "Nkosinathi", "Mcebisi",
  "Thulani", "Vusi", "Mbali", "Nomzamo", "Emmerson", "Tendai", "Constantino", "Fadzayi", "Tinashe", "Tatenda",
  "Farai", "Tapiwa", "Nyasha", "Chipo", "Tafadzwa", "Tsitsi", "Obert", "Hakainde", "Rupiah", "Mutale", "Bingu",
  "Saulos", "Bakili", "Kamuzu", "Hage", "Netumbo", "Hifikepunye", "Mokgweetsi", "Seretse", "Andry", "Hery", "Mswati",
  "Letsie", "Panyaza", "Nelson",
  "Zwelinzima", "Zingiswa", "Irvin", "Thulas", "Enoch", "Nosiviwe", "Senzo", "Duduzile", "Zweli", "Gayton",
  "Velenkosini", "Mangosuthu", "Govan", "Pravin", "Nhlanhla", "Malusi", "Busisiwe", "Thuli", "Mogoeng", "Shamila",
  "Sizwe", "Cleopas", "Nangolo", "Saara", "Mthuli", "Ziyambi", "Kembo", "Oppah", "Japhet", "Inonge", "Atupele",
  "Pravind", "Navin", "Anerood", "Wavel", "Azali", "Ismaïl", "Youssouf",

  // ---- Lusophone (Portugal, Brazil, Angola, Mozambique, Cape Verde, Guinea-Bissau, São Tomé, Timor-Leste)
  "João", "Joao", "José", "Jose", "Luiz", "Luís", "Luis", "Inácio", "Inacio", "Jair", "Dilma", "Fernando", "Geraldo",
  "Celso", "Mauro", "Ernesto", "Flávio", "Flavio", "Eduardo", "Carlos", "Paulo", "Marina", "Simone", "Rui", "Gleisi",
  "Tarcísio", "Tarcisio", "Sérgio", "Sergio", "Rodrigo", "Alexandre", "Ciro", "Aécio", "Aecio", "Marcelo", "Antônio",
  "António", "Antonio", "Manuel", "Augusto", "Jorge", "Francisco", "Duarte", "Gonçalo", "Goncalo", "Tiago", "Nuno",
  "Vasco", "Bernardo", "Diogo", "Afonso", "Henrique", "Filipe", "Mário", "Mario", "Álvaro", "Alvaro", "Catarina",
  "Inês", "Ines", "Beatriz", "Joana", "Rita", "Marta", "Teresa", "Maria", "Ana", "Isabel", "Graça", "Graca", "Lula",
  "Guilherme", "Edson", "Venâncio", "Venancio", "Ossufo", "Samora", "Joaquim", "Armando", "Ulisses", "Domingos",
  "Xanana", "Taur", "Amílcar", "Amilcar", "Gabriela", "Raquel", "Rafael", "Pedro", "Tomás", "Vítor", "Vitor",
  "Adalberto", "Lutero", "Agostinho", "Davi", "Gilmar", "Cármen", "Lúcia", "Cristiano", "André", "Andre", "Anielle",
  "Marielle", "Jaques", "Randolfe", "Renan", "Rosângela", "Rosangela", "Janja", "Jerónimo", "Jeronimo", "Aníbal",
  "Anibal",

  // ---- Spanish (Spain and Latin America)
  "Yaneth", "Alexia",
  "Juan", "Miguel", "Pablo", "Alejandro", "Andrés", "Andres", "Gustavo", "Iván", "Ivan", "Nicolás", "Nicolas",
  "Diosdado", "Delcy", "Evo", "Daniel", "Xiomara", "Nayib", "Gabriel", "Michelle", "Sebastián", "Sebastian",
  "Mauricio", "Alberto", "Cristina", "Javier", "Ollanta", "Martín", "Martin", "Alan", "Keiko", "Claudia", "Felipe",
  "Enrique", "Vicente", "Fidel", "Raúl", "Raul", "Jimmy", "Laurentino", "Danilo", "Leonel", "Timoleón", "Timoleon",
  "Humberto", "Camilo", "Jaime", "Julián", "Julian", "Tomas", "Mateo", "Matías", "Matias", "Emiliano", "Diego",
  "Joaquín", "Joaquin", "Gonzalo", "Ignacio", "Víctor", "Victor", "Arturo", "Esteban", "Guillermo", "Héctor",
  "Hector", "Horacio", "Leonardo", "Lorenzo", "Marco", "Octavio", "Patricio", "Ramón", "Ramon", "Rigoberto",
  "Edmundo", "Federico", "Gerardo", "Jesús", "Jesus", "Leopoldo", "Mariano", "Moisés", "Moises", "Néstor", "Nestor",
  "Renato", "Silvio", "Teodoro", "Xavier", "Yamandú", "Yamandu", "Tabaré", "Tabare", "Jeanine", "Tareck", "Hernán",
  "Hernan", "Alfonso", "Emilio", "Carmen", "Laura", "Lucía", "Elena", "Paula", "Patricia", "Verónica", "Veronica",
  "Valentina", "Camila", "Andrea", "Alejandra", "Adriana", "Clara", "Diana", "Gloria", "Irene", "Luisa", "Mónica",
  "Monica", "Natalia", "Pilar", "Rosa", "Sandra", "Silvia", "Ximena", "Yolanda", "Piedad", "Ingrid", "Aída",
  "Ángela", "Angela", "Arancha", "Letizia", "Íñigo", "Inigo", "Carles", "Oriol", "Jordi", "Josep", "Iñaki", "Inaki",
  "Josu", "Mikel", "Otty", "Antanas", "Yván", "Edgar", "Hugo", "Ricardo", "Roberto",
  "Arnaldo", "Imanol", "Iñigo", "Miriam", "Cristóbal", "Begoña", "Xóchitl", "Xochitl", "Adán", "Alicia", "Porfirio",
  "Ovidio", "Rubén", "Ruben", "César", "Angélica", "Corina", "Freddy", "Julio", "Andrónico", "Andronico", "Evelyn",
  "Izkia", "Máximo", "Myriam", "Rodolfo", "Efraín", "Hipólito", "Jovenel", "Louis-Gérald", "René", "Rene",
  "Jean-Bertrand", "Jenniffer", "Agustín", "Agustin",
  "Aitor", "Óscar", "Arantxa", "Susana", "Gilberto", "Nasry", "Laureano", "Edgard",

  // ---- English (British Isles, North America, Oceania, the Caribbean)
  "Dwight", "Todd", "Billy", "Delilah", "Brad", "Cody", "Darryl", "Lyndon", "Marty", "Mitchell", "Randall", "Rodney", "Ross", "Troy", "Travis", "Vernon", "Wendell", "Cory", "Corey", "Kirk", "Tracy", "Fletcher",
  "Aaron", "Adam", "Adrian", "Albert", "Alex", "Alexander", "Alistair", "Andrew", "Andy", "Anthony", "Antony",
  "Arthur", "Bernard", "Boris", "Brian", "Bruce", "Carl", "Charles", "Charlie", "Christopher", "Chris", "Colin",
  "Craig", "David", "Dominic", "Donald", "Douglas", "Edward", "Eric", "Francis", "Frederick", "Gary", "George",
  "Gerald", "Gordon", "Graham", "Gregory", "Greg", "Henry", "Howard", "Ian", "Isaac", "Jacob", "James", "Jamie",
  "Jason", "Jeffrey", "Jeremy", "Jerome", "Jim", "Joe", "John", "Jonathan", "Joseph", "Joshua", "Josh", "Justin",
  "Keith", "Kenneth", "Kevin", "Lawrence", "Liam", "Lloyd", "Louis", "Luke", "Malcolm", "Matthew", "Maurice",
  "Michael", "Mike", "Neil", "Nicholas", "Nigel", "Oliver", "Owen", "Patrick", "Paul", "Peter", "Philip", "Richard",
  "Robert", "Roger", "Ronald", "Rory", "Russell", "Samuel", "Sam", "Simon", "Stanley", "Stephen", "Steven", "Steve",
  "Stuart", "Thomas", "Tom", "Timothy", "Tim", "Tony", "Vincent", "Walter", "William", "Alice", "Alison", "Amanda",
  "Amy", "Ann", "Anne", "Barbara", "Bridget", "Caroline", "Catherine", "Christine", "Claire", "Deborah", "Dorothy",
  "Elizabeth", "Emily", "Emma", "Fiona", "Hannah", "Helen", "Hilary", "Hillary", "Jacqueline", "Jane", "Janet",
  "Jennifer", "Jessica", "Jill", "Joan", "Julie", "Kate", "Katherine", "Kathleen", "Kelly", "Linda", "Lisa",
  "Margaret", "Marie", "Mary", "Nicola", "Nicole", "Olivia", "Penelope", "Priti", "Rachel", "Rebecca", "Ruth",
  "Samantha", "Sharon", "Sheila", "Stephanie", "Susan", "Suzanne", "Theresa", "Valerie", "Wendy", "Yvette", "Rishi",
  "Keir", "Kemi", "Liz", "Sajid", "Suella", "Jake", "Pete", "Jared", "Ivanka", "Kristi", "Tulsi", "Kash", "Mitch",
  "Chuck", "Hakeem", "Lindsey", "Ted", "Elon", "Condoleezza", "Madeleine", "Massad", "Scott", "Karine", "Sean",
  "Nikki", "Vivek", "Barack", "Kamala", "Jacinda", "Winston", "Chrystia", "Harry", "Jack", "Nathan", "Ryan", "Tyler",
  "Kristen",
  "Bobby", "Donna", "Ken", "Larry", "Jerry", "Dennis", "Terry", "Roy", "Glenn", "Wayne", "Jeff", "Jon", "Matt",
  "Nick", "Phil", "Doug", "Ed", "Melanie", "Diane", "Kathy", "Denise", "Pamela", "Cynthia", "Lucy", "Julia",
  "Natalie", "Beth", "Betsy", "Elise", "Kirsten", "Meredith", "Carla", "Rudy", "Rick", "Clive", "Trevor",
  "Derek", "Kieran", "Gavin", "Dylan", "Allan", "Alastair", "Barry", "Brendan", "Damian", "Geoffrey", "Geoff",
  "Hugh", "Ralph", "Rupert", "Toby", "Zachary", "Bernie", "Bernadette", "Marsha", "Elaine", "Dianne", "Brett", "Kyle", "Wes",
  "Mitt", "Jeb", "Antonia", "Lynne",
  "Garry", "Shawn", "Mick", "Mia", "Clarissa", "Irfaan", "Bharrat", "Kamla", "Gaston", "Len", "Frances", "Dave",
  "Christina", "Eddie", "Harold", "Sherrod", "Steny", "Kyrsten", "Gina", "Merrick", "Gretchen", "Zohran", "Rashida",
  "Melania", "Karoline", "Shabana", "Darren", "Nadhim", "Naomi", "Jagmeet", "Danielle", "Jenny", "Pauline", "Nanaia",
  "Marama", "Rawiri", "Sitiveni", "Manasseh", "Alfred", "Desmond", "Ernest", "Fred", "Jeremiah", "Jesse", "Joel",
  "Johnny", "Julius", "Leonard", "Marcus", "Moses", "Raymond", "Terence", "Camilla", "Joyce", "Natasha", "Nina",
  "Vivian",
  "Cecilia", "Cathy", "Gillian", "Eleanor", "Eileen", "Maureen", "Harriet", "Esther", "Vanessa", "Melissa", "Lauren",
  "Heidi", "Joanna", "Brittney", "Cindy", "Shirley", "Evan", "Ethan", "Nathaniel",
  "Erica", "Tracey", "Tanya", "Annette", "Kiri", "Megan", "Tina", "Joanne", "Kirsty", "Marianne",
  "Jacqui", "Philippa", "Belinda", "Gemma", "Gwen", "Leanne", "Zoe", "Georgina", "Jodie", "Kristina",

  // ---- Irish, Scottish and Welsh
  "Leo", "Micheál", "Micheal", "Enda", "Mary-Lou", "Gerry", "Arlene", "Colum", "Seán", "Eamon", "Éamon", "Declan",
  "Niall", "Ciarán", "Ciaran", "Conor", "Dermot", "Eoin", "Padraig", "Pádraig", "Ronan", "Siobhán", "Siobhan",
  "Aoife", "Niamh", "Sinéad", "Sinead", "Humza", "Iain", "Callum", "Rhodri", "Carwyn", "Dafydd", "Rhys", "Huw",
  "Vaughan", "Seamus", "Séamus",
  "Eluned", "Rhun", "Paschal", "Pearse", "Róisín", "Mairéad", "Bertie",
  "Saoirse", "Orla", "Ciara", "Cathal", "Colm", "Fergal", "Eamonn", "Éamonn", "Mhairi", "Gareth",

  // ---- French, Belgian, Swiss and Luxembourgish
  "Annick",
  "Emmanuel", "François", "Francois", "Jean-Yves", "Stéphane", "Stephane", "Jean-Noël", "Jean-Noel", "Sébastien",
  "Sebastien", "Élisabeth", "Elisabeth", "Jean-Luc", "Ségolène", "Gérald", "Rachida", "Dominique", "Jacques",
  "Valéry", "Valery", "Georges", "Pierre", "Édouard", "Edouard", "Hervé", "Herve", "Alain", "Jean-Louis",
  "Jean-Michel", "Jean-François", "Jean-Francois", "Bruno", "Olivier", "Thierry", "Yannick", "Yves", "Philippe",
  "Laurent", "Arnaud", "Benoît", "Benoit", "Bertrand", "Christophe", "Cédric", "Cedric", "Clément", "Clement",
  "Denis", "Didier", "Éric", "Florian", "Frédéric", "Frederic", "Gilles", "Guillaume", "Hubert", "Jérôme", "Julien",
  "Luc", "Marcel", "Mathieu", "Maxime", "Pascal", "Raphaël", "Roland", "Romain", "Valentin", "Brigitte", "Hélène",
  "Helene", "Isabelle", "Jeanne", "Martine", "Mathilde", "Monique", "Nathalie", "Sophie", "Sylvie", "Valérie",
  "Agnès", "Agnes", "Jean-Marie", "Jean-Jacques", "Jean-Christophe", "Paul-Henri", "Alexis", "Antoine", "Gérard",
  "Gerard", "Henri", "Marc", "Serge", "Hadja", "Ignazio", "Ueli", "Simonetta", "Augustin", "Jean-Bosco",
  "Alix", "Jean", "Fabien", "Manon", "Clémentine", "Sandrine", "Yaël", "Amélie", "Aurore", "Mélanie",
  "François-Philippe", "Yves-François", "Claude",
  "Cécile", "Cecile", "Françoise", "Francoise", "Delphine", "Véronique", "Veronique", "Camille", "Anne-Marie",
  "Matthieu", "Aurélien", "Damien",

  // ---- German, Austrian and Swiss-German
  "Dirk",
  "Olaf", "Friedrich", "Annalena", "Frank-Walter", "Joachim", "Horst", "Wolfgang", "Heiko", "Sigmar", "Ursula",
  "Markus", "Karl", "Karl-Theodor", "Gerhard", "Helmut", "Hans-Dietrich", "Guido", "Jürgen", "Juergen", "Jörg",
  "Armin", "Svenja", "Hubertus", "Lars", "Norbert", "Saskia", "Sahra", "Klaus", "Günther", "Uwe", "Ralf", "Rainer",
  "Dieter", "Volker", "Matthias", "Andreas", "Stefan", "Steffen", "Tobias", "Jens", "Bernd", "Hans", "Heinrich",
  "Ulrich", "Sabine", "Monika", "Renate", "Katja", "Katrin", "Franziska", "Annegret", "Karl-Heinz", "Werner",
  "Christoph", "Kurt", "Ernst", "Fritz", "Georg", "Gregor", "Joschka", "Konrad", "Otto", "Philipp", "Reinhard",
  "Alois", "Ignaz", "Herbert", "Beate", "Ulrike", "Kerstin", "Susanne", "Christiane", "Gesine", "Ricarda",
  "Claus", "Tino", "Carsten", "Thorsten", "Johann", "Bärbel", "Verena", "Rolf", "Manuela", "Winfried", "Bodo",
  "Björn", "Heinz-Christian", "Reiner", "Josef",
  "Helga", "Karin", "Sven", "Manfred", "Johannes", "Nils", "Achim", "Stephan",

  // ---- Italian and Maltese
  "Vito",
  "Giorgia", "Matteo", "Giuseppe", "Paolo", "Enrico", "Luigi", "Romano", "Massimo", "Federica", "Elly", "Giancarlo",
  "Giovanni", "Carlo", "Francesco", "Stefano", "Alessandro", "Chiara", "Giulia", "Francesca", "Alessandra", "Gianni",
  "Fabio", "Luca", "Pietro", "Piero", "Raffaele", "Salvatore", "Vincenzo", "Vittorio", "Umberto", "Dario", "Davide",
  "Emanuele", "Fabrizio", "Filippo", "Gabriele", "Gianfranco", "Giacomo", "Giorgio", "Maurizio", "Riccardo",
  "Claudio", "Enzo", "Angelo", "Domenico", "Roberta", "Evarist",
  "Adolfo", "Pierpaolo", "Luciana", "Alfredo", "Arianna", "Gennaro", "Beppe", "Michele", "Giulio", "Aldo",
  "Elisabetta", "Gianluca",

  // ---- Nordic (Norwegian, Swedish, Danish, Finnish, Icelandic)
  "Erna", "Espen", "Anniken", "Børge", "Mette", "Anders", "Helle", "Ulf", "Margot", "Sauli", "Sanna", "Pekka",
  "Petteri", "Martti", "Elina", "Antti", "Juha", "Jussi", "Jyrki", "Tarja", "Katrín", "Bjarni", "Jeppe", "Rasmus",
  "Søren", "Soren", "Henrik", "Kristian", "Morten", "Frederik", "Margrethe", "Thorbjørn", "Kjell", "Gro", "Ine",
  "Trygve", "Haakon", "Håkon", "Erik", "Jonas", "Johan", "Olof", "Kristrún",
  "Pål", "Ebba", "Jimmie", "Ylva", "Göran", "Fredrik", "Sylvi", "Jakob", "Jens-Frederik", "Riikka", "Annika", "Olli",
  "Jarkko", "Matti", "Timo", "Jukka", "Geir", "Mikael", "Gunnar", "Þórdís", "Thordis",
  "Arild", "Siv", "Trine", "Torbjørn", "Terje", "Olav", "Audun", "Ketil", "Kjetil", "Trond", "Bjørn",
  "Harald", "Sigbjørn", "Jan-Erik", "Mikko", "Tytti", "Katri", "Sigurður", "Guðni", "Svandís",

  // ---- Dutch and Flemish
  "Wopke", "Stef", "Hanke", "Caspar", "Bert", "Frans", "Jaap", "Ruud", "Pieter", "Geert", "Kees", "Maarten", "Henk",
  "Willem-Alexander", "Klaas", "Jeroen", "Sigrid", "Halbe", "Hendrik", "Diederik", "Femke", "Bart", "Wouter",
  "Tinne", "Sammy", "Koen", "Elio",
  "Eelco", "Marjolein", "Lilianne", "Kajsa", "Joost", "Georges-Louis", "Zuhal", "Wilfried",
  "Jan-Peter", "Piet", "Gert-Jan", "Sybrand", "Christianne", "Jetta", "Dries",

  // ---- Greek and Cypriot
  "Kyriakos", "Antonis", "Nikos", "Giorgos", "Georgios", "Yannis", "Giannis", "Dimitris", "Kostas", "Konstantinos",
  "Evangelos", "Panagiotis", "Nikolaos", "Ioannis", "Christos", "Vangelis", "Katerina", "Stavros", "Spyros", "Nicos",
  "Tassos", "Glafcos", "Demetris", "Eleni", "Pavlos", "Costas", "Dimitrios", "Panos", "Tufan", "Annita", "Evripidis",
  "Prokopis", "Christodoulos",
  "Sokratis", "Stefanos", "Kostis", "Akis", "Notis", "Michalis", "Averof", "Stelios",

  // ---- Albanian and Kosovar
  "Edi", "Ilir", "Sali", "Lulzim", "Albin", "Vjosa", "Kadri", "Ramush", "Fatmir", "Agim", "Arben", "Besnik",
  "Bajram", "Behgjet", "Blerim", "Driton", "Enver", "Fatos", "Skender", "Shpend", "Bekim", "Ardian", "Artan",
  "Atifete", "Mimoza", "Petrit", "Rexhep", "Dardan", "Lindita",
  "Erion", "Olta", "Igli", "Bujar", "Avdullah", "Glauk", "Donika", "Xhelal",

  // ---- Russian and Belarusian (with North Caucasus names used in Russian news)
  "Vladimir", "Dmitry", "Dmitri", "Dmitriy", "Sergei", "Sergey", "Yuri", "Yury", "Nikolai", "Nikolay", "Alexei",
  "Alexey", "Aleksei", "Aleksey", "Mikhail", "Anatoly", "Yevgeny", "Evgeny", "Kirill", "Andrei", "Andrey", "Igor",
  "Oleg", "Gennady", "Vyacheslav", "Konstantin", "Grigory", "Leonid", "Pavel", "Pyotr", "Aleksandr", "Nikita",
  "Stanislav", "Vasily", "Vitaly", "Yaroslav", "Anton", "Artem", "Maxim", "Maksim", "Ruslan", "Timur", "Vadim",
  "Eduard", "Fyodor", "Ilya", "Lev", "Yakov", "Alina", "Anastasia", "Daria", "Darya", "Ekaterina", "Yekaterina",
  "Yelena", "Galina", "Irina", "Lyudmila", "Natalya", "Olga", "Svetlana", "Tatiana", "Tatyana", "Yulia", "Ksenia",
  "Nadezhda", "Oksana", "Magomed", "Shamil", "Rustam", "Aliaksandr", "Sviatlana", "Maryia", "Viktar", "Ales",
  "Siarhei", "Uladzimir", "Viktor", "Zakhar",
  "Elvira", "Lyubov", "Vladislav", "Akhmed", "Apti", "Dzhokhar", "Aslan", "Zelimkhan", "Veronika", "Arkady",
  "Mikalai",
  "Rodion",

  // ---- Ukrainian and Crimean Tatar
  "Volodymyr", "Oleksandr", "Oleksii", "Oleksiy", "Andriy", "Andrii", "Dmytro", "Mykola", "Petro", "Vitali",
  "Vitaliy", "Vitalii", "Denys", "Rustem", "Kyrylo", "Valerii", "Valeriy", "Ihor", "Yuriy", "Yurii", "Serhiy",
  "Serhii", "Mykhailo", "Oleh", "Taras", "Bohdan", "Olena", "Iryna", "Liudmyla", "Lyudmyla", "Tetiana", "Nataliya",
  "Yevhen", "Pavlo", "Vasyl", "Arseniy", "Hennadiy", "Maksym", "Vadym", "Vladyslav", "Olha", "Halyna", "Hanna",
  "Kostiantyn", "Mariia", "Nazar", "Yuliia", "Borys", "Kateryna", "Refat", "Akhtem",
  "Heorhiy", "Davyd", "Oleksandra", "Viktoriia", "Nadiya", "Svitlana", "Danylo", "Nariman",
  "Heorhii",

  // ---- Polish
  "Andrzej", "Radosław", "Radoslaw", "Mateusz", "Jarosław", "Jaroslaw", "Lech", "Aleksander", "Bronisław",
  "Bronislaw", "Beata", "Ewa", "Władysław", "Wladyslaw", "Witold", "Karol", "Rafał", "Rafal", "Szymon", "Krzysztof",
  "Tomasz", "Piotr", "Paweł", "Pawel", "Marek", "Michał", "Grzegorz", "Jacek", "Janusz", "Jerzy", "Kazimierz",
  "Łukasz", "Lukasz", "Maciej", "Mariusz", "Przemysław", "Stanisław", "Tadeusz", "Wojciech", "Agnieszka", "Dorota",
  "Elżbieta", "Katarzyna", "Małgorzata", "Zbigniew",
  "Sławomir", "Slawomir", "Włodzimierz", "Wlodzimierz", "Leszek", "Waldemar", "Antoni", "Marcin", "Izabela",
  "Bartosz", "Ryszard", "Aleksandra",

  // ---- Czech and Slovak
  "Petr", "Andrej", "Miloš", "Milos", "Václav", "Vaclav", "Jiří", "Jiri", "Tomáš", "Zuzana", "Juraj", "Miroslav",
  "Pavol", "Jaroslav", "Karel", "Zdeněk", "Radek", "Lukáš", "Ondřej", "Jozef", "Štefan", "Dušan",
  "Vít", "Zbyněk", "Markéta", "Bohuslav", "Tomio", "Alena", "Ľudovít", "Mikuláš", "Iveta",
  "Věra", "Vera", "Eva", "Jakub",

  // ---- Hungarian
  "Tibor",
  "Péter", "Katalin", "Tamás", "Tamas", "János", "Janos", "Gergely", "Zoltán", "Zoltan", "László", "Laszlo",
  "István", "Istvan", "Ferenc", "Gyula", "Balázs", "Balazs", "Attila", "Sándor", "Sandor", "Csaba", "Levente",
  "Gábor", "Gabor", "Mihály", "Lajos", "Zsolt", "Judit", "Ágnes", "Krisztina", "Márton",
  "Antal", "Szabolcs", "Bence", "Klára", "Imre", "Miklós",

  // ---- Romanian and Moldovan
  "Nicolae", "Ludovic", "Crin", "Mihai", "Viorica", "Traian", "Ilie", "Călin", "Calin", "Nicușor", "Nicusor",
  "Sorin", "Florin", "Radu", "Vlad", "Teodor", "Cristian", "Ionuț", "Ionut", "Liviu", "Ovidiu", "Gheorghe", "Vasile",
  "Petru", "Dorin", "Maia", "Oazu", "Ioana", "Raluca", "Emil", "Bogdan", "Mircea",
  "Hunor", "Cătălin", "Catalin", "Rareș", "Evghenia",
  "Eugen", "Dragoș", "Dragos", "Alexandru", "Nicu", "Mihail",

  // ---- Serbian, Croatian, Bosnian, Montenegrin, Slovene, Macedonian and Bulgarian
  "Aleksandar", "Ivica", "Tomislav", "Vojislav", "Zoran", "Slobodan", "Milorad", "Željka", "Zeljka", "Šefik",
  "Sefik", "Bakir", "Haris", "Alija", "Dragan", "Milo", "Nebojša", "Nebojsa", "Zdravko", "Dusan", "Goran", "Marko",
  "Nikola", "Stjepan", "Kolinda", "Gordan", "Franjo", "Ivo", "Davor", "Vesna", "Jadranka", "Mirjana", "Dubravka",
  "Jelena", "Biljana", "Marija", "Nataša", "Natasa", "Radovan", "Ratko", "Mladen", "Nenad", "Predrag", "Vuk",
  "Branko", "Dejan", "Darko", "Bojan", "Edin", "Željko", "Zeljko", "Janez", "Borut", "Marjan", "Miro", "Hristijan",
  "Gordana", "Dimitar", "Rumen", "Boyko", "Rosen", "Denitsa", "Georgi", "Plamen", "Todor", "Hristo", "Krasimir",
  "Yordan", "Mariya", "Josip", "Petar", "Ivana", "Milica", "Dritan",
  "Đuro", "Elmedin", "Nermin", "Borjana", "Jakov", "Milojko", "Andrija", "Stevo", "Timčo", "Kiro", "Tanja", "Kiril",
  "Asen", "Delyan", "Zorana", "Siniša",
  "Kristalina", "Violeta", "Galab",

  // ---- Baltic (Lithuanian, Latvian, Estonian)
  "Gitanas", "Ingrida", "Gabrielius", "Kęstutis", "Kestutis", "Algirdas", "Linas", "Vytautas", "Valdas", "Andrius",
  "Audronius", "Arvydas", "Saulius", "Gediminas", "Mindaugas", "Viktorija", "Krišjānis", "Krisjanis", "Egils",
  "Edgars", "Artis", "Evika", "Baiba", "Raimonds", "Valdis", "Andris", "Jānis", "Janis", "Kārlis", "Alar", "Kaja",
  "Urmas", "Jüri", "Kersti", "Toomas", "Taavi", "Margus", "Hanno", "Tõnis",

  // ---- Armenian
  "Nikol", "Armen", "Serzh", "Levon", "Ara", "Arayik", "Samvel", "Vahe", "Davit", "Tigran", "Arman", "Arsen",
  "Edmon", "Hakob", "Hovhannes", "Gagik", "Mher", "Arshak", "Grigor", "Mikayel", "Narek", "Suren", "Vardan",
  "Zohrab", "Ashot", "Anahit", "Lilit", "Vazgen", "Raffi", "Garegin", "Hrant", "Gevorg", "Karapet", "Vahagn", "Anna",
  "Artur", "Bako",
  "Alen", "Andranik", "Artak", "Hayk", "Vahan",

  // ---- Georgian
  "Irakli", "Bidzina", "Mikheil", "Salome", "Giorgi", "Zurab", "Ilia", "Levan", "Shalva", "Tedo", "Nika", "Kakha",
  "Mamuka", "Nino", "Eka", "Khatia", "Lasha", "Nodar", "Otar", "Tengiz", "Vakhtang", "Zviad", "Archil", "Gela",
  "Gia", "Dimitri", "Tinatin", "Ketevan", "Tornike", "Zaza", "Grigol", "Guram", "Teimuraz",
  "Elene", "Besik", "Badri", "Mzia", "Merab",

  // ---- Azerbaijani
  "Heydar", "Mehriban", "Elmar", "Jeyhun", "Ceyhun", "Hikmet", "Ramiz", "Elchin", "Zakir", "Ziya", "Elnur", "Anar",
  "Vugar", "Tural", "Orkhan", "Rovshan", "Tofig", "Vagif", "Natig", "Nigar", "Gunel", "Aysel", "Hikmat", "Ilgar",
  "Javid", "Mikayil", "Ramil",
  "Sahiba", "Fariz", "Gubad", "Elshad",

  // ---- Central Asian and Mongolian
  "Kassym-Jomart", "Askar", "Alikhan", "Yerlan", "Kairat", "Bakhytzhan", "Dariga", "Nurlan", "Serik", "Marat",
  "Sadyr", "Almazbek", "Sooronbay", "Kurmanbek", "Roza", "Akylbek", "Kamchybek", "Jeenbek", "Azamat", "Bakyt",
  "Emomali", "Sirojiddin", "Gurbanguly", "Saparmurat", "Shavkat", "Bakhtiyor", "Anvar", "Bobur", "Dilshod", "Sanjar",
  "Sherzod", "Ulugbek", "Khurelsukh", "Oyun-Erdene", "Battulga", "Elbegdorj", "Enkhbayar", "Zandanshatar", "Mirzo",
  "Zafar",
  "Olzhas", "Yerzhan", "Aigerim", "Gulnara", "Akmal", "Adylbek", "Muhiddin", "Luvsannamsrai", "Gombojav",
  "Amarbayasgalan", "Dolkun", "Rushan", "Rahile", "Tenzin", "Lobsang", "Penpa",

  // ---- Afghan (Pashto and Dari)
  "Amrullah", "Hanif", "Zalmay", "Zalmai", "Rangin", "Gulbuddin", "Haibatullah", "Hibatullah", "Sirajuddin",
  "Zabihullah", "Rahmatullah", "Nasrullah", "Hedayatullah", "Fawzia", "Malalai", "Zarifa", "Shukria", "Nargis",
  "Fereshta", "Farkhunda", "Wahidullah", "Mujib", "Najibullah", "Burhanuddin", "Hamdullah", "Hafizullah", "Ataullah",
  "Ehsanullah", "Inayatullah", "Obaidullah", "Sanaullah", "Saifullah", "Shahabuddin", "Qudratullah", "Amanullah",
  "Habibullah", "Asadullah", "Azizullah", "Yaqoob", "Yaqub", "Abdulhaq", "Dawood", "Mirwais", "Zahir", "Ajmal",
  "Haroon", "Zakia", "Atta",
  "Rahimullah", "Nooruddin", "Noorullah", "Fasihuddin", "Hekmatullah", "Mohibullah", "Baitullah", "Hakimullah",
  "Kabir", "Sima", "Mahbooba", "Sibghatullah", "Zia",

  // ---- Pakistani (Urdu, Punjabi, Sindhi, Balochi, Pashto)
  "Faiyaz", "Imraan",
  "Imran", "Shehbaz", "Shahbaz", "Nawaz", "Bilawal", "Asif", "Asim", "Benazir", "Zulfikar", "Zulfiqar", "Pervez",
  "Parvez", "Qamar", "Raheel", "Ashfaq", "Mahmood", "Ishaq", "Hina", "Fawad", "Shireen", "Pervaiz", "Yousaf", "Raza",
  "Asad", "Ahsan", "Faiz", "Nadeem", "Naveed", "Waseem", "Wasim", "Javed", "Junaid", "Kashif", "Khurram", "Moeed",
  "Mohsin", "Saqib", "Shoaib", "Sohail", "Waqar", "Ayaz", "Fazal", "Fazlur", "Asfandyar", "Mehmood", "Aitzaz",
  "Ejaz", "Ijaz", "Farooq", "Iftikhar", "Liaquat", "Nisar", "Ghulam", "Malala", "Aamir", "Imtiaz", "Masood",
  "Rizwan", "Sarfraz", "Shahzad", "Shaukat", "Murtaza", "Akhtar", "Aseefa", "Bakhtawar", "Shazia", "Uzma",
  "Marriyum", "Shujaat", "Sirajul", "Naeem", "Gohar", "Yousuf", "Zubair", "Saleem", "Jahangir", "Aleem", "Hammad",
  "Shafqat", "Babar", "Mahrang", "Sammi", "Sharjeel", "Manzoor", "Sajad", "Yasin", "Altaf", "Iltija",

  // ---- Indian (Hindi, Punjabi, Marathi, Gujarati, Telugu, Kannada, Malayalam, Kashmiri)
  "Narendra", "Rahul", "Sonia", "Manmohan", "Amit", "Rajnath", "Subrahmanyam", "Ajit", "Nirmala", "Sushma", "Pranab",
  "Atal", "Indira", "Rajiv", "Sanjay", "Priyanka", "Mamata", "Arvind", "Nitish", "Lalu", "Shivraj", "Devendra",
  "Uddhav", "Sharad", "Mulayam", "Akhilesh", "Mayawati", "Vijay", "Hardeep", "Nitin", "Smriti", "Jyotiraditya",
  "Arun", "Vikram", "Rajesh", "Ramesh", "Suresh", "Mahesh", "Dinesh", "Rajan", "Sunil", "Anil", "Kapil", "Sachin",
  "Shashi", "Shankar", "Deepak", "Pradeep", "Amarinder", "Bhagwant", "Navjot", "Yashwant", "Venkaiah", "Droupadi",
  "Pratibha", "Priya", "Kavita", "Sunita", "Anita", "Lakshmi", "Kiran", "Meera", "Abhishek", "Aditya", "Ajay",
  "Alok", "Anand", "Arjun", "Ashok", "Manish", "Manoj", "Mohan", "Pankaj", "Prakash", "Prashant", "Rajendra",
  "Rohan", "Sameer", "Santosh", "Siddharth", "Sushil", "Uday", "Varun", "Vinay", "Jairam", "Mehbooba", "Asaduddin",
  "Sitaram", "Pinarayi", "Siddaramaiah", "Chandrababu", "Jaganmohan", "Naveen", "Himanta", "Conrad", "Eknath",
  "Suvendu", "Mahua", "Taranjit", "Ruchira", "Shaktikanta",
  "Harsimrat", "Balbir", "Piyush", "Unmesh", "Sukhbir", "Parkash", "Manpreet", "Gurpreet", "Harpreet", "Amritpal",
  "Simranjit", "Harjit", "Kuldeep", "Charanjit", "Partap", "Darshan", "Mukesh", "Jignesh", "Hardik", "Alpesh",
  "Bhupendra", "Bhupesh", "Ashwini", "Dharmendra", "Ravindra", "Sandeep", "Dilip", "Kiren", "Pralhad", "Jagdeep",
  "Hemant", "Tejashwi", "Chirag", "Mallikarjun", "Digvijaya", "Revanth", "Chandrasekhar", "Kavitha", "Pawan",
  "Basavaraj", "Rohit", "Subhash", "Jawaharlal", "Sukhvinder", "Sonam", "Champai", "Gurnam", "Jagjit", "Sarwan",
  "Amarjeet", "Tapan", "Hannan", "Jayalalithaa", "Panneerselvam", "Anbumani", "Tamilisai", "Sundar", "Shanmugam",
  "Indranee", "Pritam", "Aaditya", "Chhagan", "Dhananjay", "Praful", "Chandrakant", "Pankaja", "Mansukh",
  "Anandiben", "Gautam",

  // ---- Bengali (Bangladesh and West Bengal)
  "Hasina", "Mujibur", "Ziaur", "Khaleda", "Tarique", "Shahriar", "Obaidul", "Fakhrul", "Asaduzzaman", "Shafiqul",
  "Anisul", "Touhid", "Tauhid", "Sajeeb", "Mahbub", "Nurul", "Mahfuz", "Farhana", "Sharmin", "Taslima", "Abul",
  "Hasnat", "Sarjis", "Golam", "Iqbal", "Humayun", "Shahidul", "Buddhadeb", "Firhad", "Partha", "Amartya",
  "Moyeen", "Fakhruddin", "Iajuddin", "Zillur", "Rehana", "Akhter", "Rumeen", "Kamrul", "Nazrul", "Adhir", "Sukanta",
  "Jyoti", "Saugata", "Rabindranath", "Debapriya", "Shafiqur", "Khasru",

  // ---- Tamil and Sinhala (Sri Lanka and Tamil Nadu)
  "Mahinda", "Gotabaya", "Gotabhaya", "Ranil", "Maithripala", "Chandrika", "Sajith", "Anura", "Harini", "Namal",
  "Sirimavo", "Mangala", "Lakshman", "Velupillai", "Udhayanidhi", "Annamalai", "Vijitha", "Tilvin", "Chamal",
  "Sumanthiran", "Wigneswaran", "Gajendrakumar", "Ananda", "Nimal", "Kanimozhi", "Dayanidhi", "Murugan", "Sarath",
  "Dayan",
  "Kanchana", "Bandula", "Keheliya", "Prasanna", "Susil", "Harin", "Wimal", "Tissa", "Lalith", "Shavendra", "Rauff",
  "Rishad", "Shanakiyan", "Basil",

  // ---- Nepali
  "Pushpa", "Khadga", "Baburam", "Madhav", "Jhala", "Ramchandra", "Bidhya", "Gyanendra", "Birendra", "Girija",
  "Sushila", "Narayan", "Bishnu", "Balen", "Gagan", "Upendra", "Bamdev", "Swarnim", "Rabindra",
  "Bidya", "Balendra", "Janardan", "Shekhar", "Dipendra", "Lokendra", "Arzu", "Binod", "Bimalendra", "Hisila",
  "Jhalanath", "Lotay", "Jigme", "Tshering",

  // ---- Thai, Lao and Cambodian
  "Prayut", "Prayuth", "Yingluck", "Thaksin", "Srettha", "Paetongtarn", "Anutin", "Abhisit", "Prawit", "Sihasak",
  "Parnpree", "Chuan", "Surakiart", "Somchai", "Thanathorn", "Piyabutr", "Wissanu", "Apirat", "Chadchart",
  "Vajiralongkorn", "Bhumibol", "Thongloun", "Sonexay", "Sokhonn", "Sihamoni", "Sihanouk", "Namhong", "Rainsy",
  "Maris",
  "Sudarat", "Chalerm", "Natthaphong", "Rangsiman", "Suthep", "Phumtham", "Pirapan", "Somsak", "Thamanat",
  "Chavalit", "Surayud", "Kasit", "Nattawut", "Arnon", "Panusaya", "Saleumxay", "Bounnhang", "Sokha",

  // ---- Burmese (Myanmar, whose names carry no family name)
  "Aung", "Kyaw", "Thein", "Htin", "Myint", "Khin", "Zaw", "Soe", "Hla", "Nyan", "Thant", "Htun", "Sein", "Naing",
  "Wunna", "Myo", "Yadanar", "Zeya", "Thinzar", "Khaing",
  "Htay", "Nyunt", "Lwin", "Phyo", "Thet",

  // ---- Vietnamese (given names, which news writes last)
  "Trong", "Phuc", "Chinh", "Thuong", "Minh", "Tuan", "Thanh", "Thao", "Huong", "Phuong", "Cuong", "Hieu", "Quoc",
  "Ngoc", "Duc",
  "Thuy", "Linh", "Trang", "Huy", "Hien", "Duy",

  // ---- Malay and Indonesian
  "Mahathir", "Muhyiddin", "Saifuddin", "Hishammuddin", "Azmin", "Rafizi", "Fahmi", "Azalina", "Izzah", "Gobind",
  "Zafrul", "Joko", "Prabowo", "Susilo", "Megawati", "Bacharuddin", "Retno", "Sugiono", "Luhut", "Mahfud", "Ganjar",
  "Anies", "Airlangga", "Budi", "Bambang", "Agus", "Yusril", "Jusuf", "Ma'ruf", "Hasyim", "Hidayat", "Nadiem",
  "Erick", "Sandiaga", "Ridwan", "Wiranto", "Moeldoko", "Sukarno", "Suharto", "Soeharto", "Soekarno", "Boediono",
  "Dewi", "Siti", "Khofifah", "Basuki", "Muhaimin", "Pratikno", "Zulkifli", "Yaqut", "Andika", "Sjafrie", "Jokowi",
  "Anifah", "Azizah", "Tito", "Zahid", "Gibran",
  "Bahlil", "Sufmi", "Yasonna", "Pramono", "Rosan", "Fadli", "Gatot", "Listyo", "Kaesang", "Yassierli", "Meutya",
  "Hasto", "Lukas", "Muzakir", "Irwandi", "Shafie", "Hamzah", "Hassanal", "Daim", "Rafidah", "Nazri", "Erywan",

  // ---- Filipino
  "Ferdinand", "Benigno", "Corazon", "Leni", "Imee", "Manny", "Delfin", "Risa", "Jejomar", "Panfilo", "Hermogenes",
  "Bongbong", "Ninoy", "Noynoy", "Imelda", "Mohagher",
  "Gibo", "Chiz", "Kiko", "Raffy", "Migz", "Liza", "Jinggoy", "Loren", "Benhur", "Jonvic", "Isko", "Vico", "Mujiv",
  "Teresita",

  // ---- Chinese, Taiwanese, Hong Kong and Singaporean given names (one word or hyphenated)
  "Jinping", "Keqiang", "Jiabao", "Jintao", "Zemin", "Xiaoping", "Zedong", "Enlai", "Rongji", "Qishan", "Huning",
  "Zhaoxing", "Jiechi", "Zhanshu", "Chunying", "Lijian", "Wenbin", "Fenghe", "Yunshan", "Xuexiang", "Youxia",
  "Lifeng", "Chunhua", "Jianchao", "Zhaoxu", "Tiankai", "Jiakun", "Liyuan", "Xilai", "Yongkang", "Ing-wen",
  "Ching-te", "Ying-jeou", "Shui-bian", "Teng-hui", "Bi-khim", "Jung-tai", "Chia-lung", "Yu-ih", "Wen-je", "Kuo-yu",
  "Chee-hwa", "Chun-ying", "Ka-chiu", "Kuan-yew", "Hsien-loong", "Carrie", "Tharman", "Halimah",
  "Leji", "Weidong", "Wentao", "Chenggang", "Gongsheng", "Shanjie", "Xiaohong", "Wenqing", "Taifeng", "Ganjie",
  "Shulei", "Min'er", "Jiajun", "Xingrui", "Xiaoming", "Shangfu", "Mingze", "Xiaobo", "Weiwei", "Zhengfei",
  "Wenfeng", "Shouwen", "Quanguo", "Li-luan", "Jaushieh", "Tseng-chang", "Jin-pyng", "Chi-fung",

  // ---- Korean (hyphenated given names, as news writes them)
  "Jae-in", "Suk-yeol", "Jae-myung", "Geun-hye", "Myung-bak", "Moo-hyun", "Dae-jung", "Young-sam", "Jong-un",
  "Yo-jong", "Jong-il", "Il-sung", "Ki-moon", "Kyung-wha", "Eui-yong", "Chung-in", "Yong-ho", "Son-hui", "Tae-yul",
  "Yong-chol", "Ryong-hae", "Duck-soo", "Sang-mok", "Moon-soo", "Nak-yon", "Jie-won", "Kye-gwan", "Dong-hoon",
  "Keon-hee", "Byung-se", "Yun-byung",
  "Jae-yong", "Ju-ho", "Kyung-ho", "Jun-seok", "Gi-hyeon", "Yong-hyun", "Chang-yong", "Yong-nam", "Nam-ki",
  "Chan-dae", "Ju-ae", "Kyung-soo", "Won-shik", "Mi-ae", "Se-hoon", "Joon-pyo", "Cheol-soo",

  // ---- Japanese
  "Shinzo", "Fumio", "Yoshihide", "Shigeru", "Taro", "Yoshimasa", "Toshimitsu", "Yoko", "Takeshi", "Junichiro",
  "Yoshihiko", "Naoto", "Yukio", "Sanae", "Koichi", "Itsunori", "Katsunobu", "Minoru", "Nobuo", "Yasukazu",
  "Hirokazu", "Akihito", "Naruhito", "Hiroshi", "Takashi", "Kenji", "Akira", "Makoto", "Masahiro", "Satoshi",
  "Shinji", "Yuki", "Yuko", "Kazuo", "Haruki", "Kazuhiro", "Yasuo", "Yoshiro", "Ichiro", "Koji", "Akiko", "Tomoko",
  "Masako", "Aiko", "Junko", "Shunichi", "Seiji", "Shinjiro", "Yuriko", "Katsuya", "Masayoshi", "Yasuhiro", "Kakuei",
  "Morihiro", "Shintaro", "Hiroyuki", "Toshihiro",
  "Yoji", "Yoshitaka", "Tomomi", "Nobuteru", "Kenta", "Yuichiro", "Natsuo", "Yasutoshi", "Ryosei", "Renho",
  "Daisuke",
  "Junichi", "Shigeo", "Hiroshige", "Kyoko", "Akio", "Hideki", "Kenichi", "Shinichi", "Yukiko", "Takahiro",
];
