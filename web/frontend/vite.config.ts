/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// The built app lands in dist/; the Maven build copies it into the web jar under META-INF/resources,
// which the gateway serves from /. In development (npm run dev) API calls go to the gateway.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    sourcemap: false,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': 'http://localhost:8080',
      '/app-config.json': 'http://localhost:8080',
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test-setup.ts'],
    // Form tests type a good deal; on a busy two-core build machine they need more than the default 5 s.
    testTimeout: 20_000,
    reporters: ['default', 'junit', './src/test-summary-reporter.ts'],
    outputFile: { junit: '../target/surefire-reports/TEST-web-vitest.xml' },
  },
})
