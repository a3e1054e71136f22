/** Hash-route paths of the signed-in screens. */
export const routes = {
  register: '/daftar',
  registerFromAppointment: (appointmentId: number) => `/daftar?janji=${appointmentId}`,
  esv2: '/esv2',
  existing: '/kes-sedia-ada',
  appointments: '/janji-temu',
  book: '/buku',
  case: (id: number) => `/kes/${id}`,
  /** Another counter's case, read-only, as the court folder brought it. */
  courtCase: (counter: string, id: number) => `/kaunter/${encodeURIComponent(counter)}/kes/${id}`,
  /** Terima bayaran on another counter's case (its row id there). */
  courtPay: (counter: string, id: number) => `/kaunter/${encodeURIComponent(counter)}/kes/${id}/bayar`,
  outage: '/gangguan',
  recovery: '/pemulihan',
  pay: (caseId: number, replacesReceiptId?: number) =>
    replacesReceiptId ? `/bayar/${caseId}?ganti=${replacesReceiptId}` : `/bayar/${caseId}`,
  receipt: (id: number) => `/resit/${id}`,
  dayClose: '/tutup-kaunter',
  settings: '/tetapan',
  export: '/eksport',
};
