/** Hash-route paths of the signed-in screens. */
export const routes = {
  register: '/daftar',
  book: '/buku',
  case: (id: number) => `/kes/${id}`,
  outage: '/gangguan',
  settings: '/tetapan',
};
