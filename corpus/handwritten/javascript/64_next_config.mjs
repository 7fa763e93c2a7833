/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  output: 'standalone',
  images: {
    remotePatterns: [{ protocol: 'https', hostname: 'cdn.example.com', pathname: '/uploads/**' }],
  },
  async redirects() {
    return [{ source: '/blog/:slug', destination: '/posts/:slug', permanent: true }]
  },
}

export default nextConfig
