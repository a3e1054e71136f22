import { HashRouter, Navigate, Route, Routes } from 'react-router';
import { CaseDetailPage } from '../pages/CaseDetailPage';
import { DayClosePage } from '../pages/DayClosePage';
import { ExportPage } from '../pages/ExportPage';
import { PaymentPage } from '../pages/PaymentPage';
import { ReceiptPage } from '../pages/ReceiptPage';
import { OutagePage } from '../pages/OutagePage';
import { RecoveryPage } from '../pages/RecoveryPage';
import { RegisterBookPage } from '../pages/RegisterBookPage';
import { RegisterCasePage } from '../pages/RegisterCasePage';
import { SettingsPage } from '../pages/SettingsPage';
import { AppointmentsPage } from '../pages/AppointmentsPage';
import { Esv2CasePage } from '../pages/Esv2CasePage';
import { ExistingCasePage } from '../pages/ExistingCasePage';
import { AppFrame } from './AppFrame';
import { useSession } from './context';
import { routes } from './routes';

/** Hash routes: the renderer is loaded from a file in Electron, where paths cannot be served. */
export function AppRoutes() {
  const { isSupervisor } = useSession();
  return (
    <HashRouter>
      <Routes>
        <Route element={<AppFrame />}>
          <Route index element={<Navigate to={routes.register} replace />} />
          <Route path="daftar" element={<RegisterCasePage />} />
          <Route path="buku" element={<RegisterBookPage />} />
          <Route path="esv2" element={<Esv2CasePage />} />
          <Route path="kes-sedia-ada" element={<ExistingCasePage />} />
          <Route path="janji-temu" element={<AppointmentsPage />} />
          <Route path="kes/:caseId" element={<CaseDetailPage />} />
          <Route path="gangguan" element={<OutagePage />} />
          <Route path="pemulihan" element={<RecoveryPage />} />
          <Route path="bayar/:caseId" element={<PaymentPage />} />
          <Route path="resit/:receiptId" element={<ReceiptPage />} />
          <Route path="tutup-kaunter" element={<DayClosePage />} />
          <Route path="tetapan" element={isSupervisor ? <SettingsPage /> : <Navigate to={routes.register} replace />} />
          <Route path="eksport" element={isSupervisor ? <ExportPage /> : <Navigate to={routes.register} replace />} />
          <Route path="*" element={<Navigate to={routes.register} replace />} />
        </Route>
      </Routes>
    </HashRouter>
  );
}
