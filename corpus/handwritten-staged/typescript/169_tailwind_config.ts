import type { Config } from 'tailwindcss'
import defaultTheme from 'tailwindcss/defaultTheme'
import plugin from 'tailwindcss/plugin'

const brand = {
  50: '#eef4ff',
  100: '#dbe7ff',
  500: '#3b6cf6',
  600: '#2c55d8',
  900: '#172a66',
} as const

export default {
  content: ['./index.html', './src/**/*.{ts,vue}'],
  darkMode: 'class',
  theme: {
    extend: {
      colors: { brand },
      fontFamily: { sans: ['Inter var', ...defaultTheme.fontFamily.sans] },
      borderRadius: { xl: '0.875rem' },
    },
  },
  plugins: [
    plugin(({ addUtilities }) => {
      addUtilities({ '.text-balance': { 'text-wrap': 'balance' } })
    }),
  ],
} satisfies Config
