/** Hash-route paths of the signed-in screens. */
export const routes = {
  register: '/daftar',
  book: '/buku',
  case: (id: number) => `/kes/${id}`,
  outage: '/gangguan',
  pay: (caseId: number, replacesReceiptId?: number) =>
    replacesReceiptId ? `/bayar/${caseId}?ganti=${replacesReceiptId}` : `/bayar/${caseId}`,
  receipt: (id: number) => `/resit/${id}`,
  dayClose: '/tutup-kaunter',
  settings: '/tetapan',
  export: '/eksport',
};
