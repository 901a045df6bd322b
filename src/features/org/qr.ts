// The QR encoder lives in src/lib/qr (the QrCode component is shared by several
// features). test/e2e decodes the on-screen code with this path, so it stays.
export { qrMatrix } from '@/lib/qr'
