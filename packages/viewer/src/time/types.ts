/** Inclusive range of ISO days (YYYY-MM-DD); ISO days compare correctly as strings. */
export interface Interval {
  start: string;
  end: string;
}

/** The time window of the view: null ends are open (the whole span on that side). */
export interface TimeWindow {
  dateFrom: string | null;
  dateTo: string | null;
}

/** A histogram bucket: whole months from `start` to `end`, labelled by its first month. */
export interface Bucket extends Interval {
  label: string;
}

/** What the graph says about time: the span of its dated facts and how many facts have no date. */
export interface TimeProfile {
  span: Interval | null;
  dated: Interval[];
  undated: number;
}
