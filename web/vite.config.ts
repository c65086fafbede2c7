import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The browser UI: built into web/dist, which the API server serves (src/http/web-ui.ts) under a
// Content-Security-Policy that allows no inline script, so the build must emit none.
export default defineConfig({
  root: import.meta.dirname,
  base: "/",
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // No polyfill snippet and no data: URLs: every script and asset is a file of our own.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
    reportCompressedSize: false,
  },
  server: {
    // `npx vite web` beside `vigil serve`: the API on its own port, the page with hot reload.
    proxy: { "/api": "http://localhost:8080", "/openapi.json": "http://localhost:8080" },
  },
});
