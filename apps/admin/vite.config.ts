import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development (and `vite preview`) the API runs on its own port; the browser talks to one origin so the
// session cookie (SameSite) works, and Vite forwards the API paths. In production the API serves `dist/`.
const apiUrl = process.env.API_URL ?? 'http://localhost:3000';
const proxy = Object.fromEntries(
  ['/trpc', '/uploads', '/files', '/exports', '/imports', '/healthz'].map((path) => [
    path,
    { target: apiUrl, changeOrigin: false },
  ]),
);

export default defineConfig({
  plugins: [react()],
  server: { proxy },
  preview: { proxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Budget: the initial JS must stay under 250 KB gzipped; routes are split with React.lazy.
    chunkSizeWarningLimit: 600,
  },
});
