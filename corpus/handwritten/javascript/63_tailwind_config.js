const defaultTheme = require('tailwindcss/defaultTheme');
const plugin = require('tailwindcss/plugin');

/** @type {import('tailwindcss').Config} */
module.exports = {
  content: ['./src/**/*.{html,js,vue}', './index.html'],
  darkMode: 'class',
  theme: {
    container: {
      center: true,
      padding: { DEFAULT: '1rem', lg: '2rem' },
    },
    extend: {
      fontFamily: {
        sans: ['Inter var', ...defaultTheme.fontFamily.sans],
        mono: ['JetBrains Mono', ...defaultTheme.fontFamily.mono],
      },
      colors: {
        brand: {
          50: '#f0f7ff',
          100: '#dcecff',
          200: '#b9d8ff',
          300: '#85bbff',
          400: '#4a94fb',
          500: '#2170ef',
          600: '#1455d4',
          700: '#1244ab',
          800: '#153b8c',
          900: '#173472',
        },
        surface: 'rgb(var(--surface) / <alpha-value>)',
      },
      spacing: {
        18: '4.5rem',
        128: '32rem',
      },
      keyframes: {
        'fade-in': {
          from: { opacity: '0', transform: 'translateY(4px)' },
          to: { opacity: '1', transform: 'none' },
        },
      },
      animation: {
        'fade-in': 'fade-in 200ms ease-out both',
      },
    },
  },
  plugins: [
    require('@tailwindcss/forms'),
    require('@tailwindcss/typography'),
    plugin(function ({ addVariant, addUtilities }) {
      addVariant('hocus', ['&:hover', '&:focus-visible']);
      addUtilities({
        '.text-balance': { 'text-wrap': 'balance' },
      });
    }),
  ],
};
