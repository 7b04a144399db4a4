import { defineConfig } from "vite";

// The server serves dist/ at "/", so assets use relative URLs ("./") and work under any mount point.
// In dev (`npm run dev -w @backchannel/viewer`) /api is proxied to a running server (BACKCHANNEL_API, default :8080).
export default defineConfig({
  base: "./",
  root: import.meta.dirname,
  resolve: { conditions: ["source", "module", "browser", "development|production"] },
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { "/api": process.env.BACKCHANNEL_API ?? "http://127.0.0.1:8080" } },
});
