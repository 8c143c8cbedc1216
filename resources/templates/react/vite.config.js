// SPDX-License-Identifier: GPL-3.0-or-later
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `npm run build` writes the static site to dist/, which the runtime stage serves.
export default defineConfig({
  plugins: [react()],
});
