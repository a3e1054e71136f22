import { lazy, useState, type ReactNode } from 'react';
import { createHashRouter, createRoutesFromElements, Link, Navigate, Route, RouterProvider } from 'react-router';
import { Notice } from '../components/Notice';
import { useStrings } from '../i18n/strings';
import { RegisterCasePage } from '../pages/RegisterCasePage';
import { AppFrame } from './AppFrame';
import { useSession } from './context';
import { routes } from './routes';

/*
 * Only the registration form is in the first script (with sign-in, in App); every other screen — the
 * payment, the receipt and the case included — loads when first opened (AppFrame shows a loading line
 * meanwhile), so the form a clerk types into first is ready sooner (bench row `renderer`, initial JS).
 */
const CaseDetailPage = lazy(() => import('../pages/CaseDetailPage').then((m) => ({ default: m.CaseDetailPage })));
const CourtCasePage = lazy(() => import('../pages/CourtCasePage').then((m) => ({ default: m.CourtCasePage })));
const CourtPaymentPage = lazy(() => import('../pages/CourtPaymentPage').then((m) => ({ default: m.CourtPaymentPage })));
const PaymentPage = lazy(() => import('../pages/PaymentPage').then((m) => ({ default: m.PaymentPage })));
const ReceiptPage = lazy(() => import('../pages/ReceiptPage').then((m) => ({ default: m.ReceiptPage })));
const DayClosePage = lazy(() => import('../pages/DayClosePage').then((m) => ({ default: m.DayClosePage })));
const ExportPage = lazy(() => import('../pages/ExportPage').then((m) => ({ default: m.ExportPage })));
const OutagePage = lazy(() => import('../pages/OutagePage').then((m) => ({ default: m.OutagePage })));
const RecoveryPage = lazy(() => import('../pages/RecoveryPage').then((m) => ({ default: m.RecoveryPage })));
const RegisterBookPage = lazy(() => import('../pages/RegisterBookPage').then((m) => ({ default: m.RegisterBookPage })));
const SettingsPage = lazy(() => import('../pages/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const AppointmentsPage = lazy(() => import('../pages/AppointmentsPage').then((m) => ({ default: m.AppointmentsPage })));
const Esv2CasePage = lazy(() => import('../pages/Esv2CasePage').then((m) => ({ default: m.Esv2CasePage })));
const ExistingCasePage = lazy(() => import('../pages/ExistingCasePage').then((m) => ({ default: m.ExistingCasePage })));

/** Tetapan and Eksport are the supervisor's: a clerk who opens one is told why it does not open. */
function SupervisorOnly({ screen, children }: { screen: string; children: ReactNode }) {
  const { isSupervisor, session } = useSession();
  const { ms, msDomain } = useStrings();
  if (isSupervisor) return children;
  return (
    <Notice tone="warning" title={ms.frame.supervisorOnlyTitle(screen)}>
      <p>{ms.frame.supervisorOnly(msDomain.role[session.user.role])}</p>
      <Link to={routes.register}>{ms.frame.toRegister}</Link>
    </Notice>
  );
}

function SettingsScreen() {
  return (
    <SupervisorOnly screen={useStrings().ms.frame.navSettings}>
      <SettingsPage />
    </SupervisorOnly>
  );
}

function ExportScreen() {
  return (
    <SupervisorOnly screen={useStrings().msBundle.nav}>
      <ExportPage />
    </SupervisorOnly>
  );
}

/**
 * Hash routes: the renderer is loaded from a file in Electron, where paths cannot be served. A data
 * router, so a form with unsaved input can hold a navigation until the clerk answers (useLeaveGuard).
 */
export function AppRoutes() {
  const [router] = useState(() =>
    createHashRouter(
      createRoutesFromElements(
        <Route element={<AppFrame />}>
          <Route index element={<Navigate to={routes.register} replace />} />
          <Route path="daftar" element={<RegisterCasePage />} />
          <Route path="buku" element={<RegisterBookPage />} />
          <Route path="esv2" element={<Esv2CasePage />} />
          <Route path="kes-sedia-ada" element={<ExistingCasePage />} />
          <Route path="janji-temu" element={<AppointmentsPage />} />
          <Route path="kes/:caseId" element={<CaseDetailPage />} />
          <Route path="kaunter/:counter/kes/:caseId" element={<CourtCasePage />} />
          <Route path="kaunter/:counter/kes/:caseId/bayar" element={<CourtPaymentPage />} />
          <Route path="gangguan" element={<OutagePage />} />
          <Route path="pemulihan" element={<RecoveryPage />} />
          <Route path="bayar/:caseId" element={<PaymentPage />} />
          <Route path="resit/:receiptId" element={<ReceiptPage />} />
          <Route path="tutup-kaunter" element={<DayClosePage />} />
          <Route path="tetapan" element={<SettingsScreen />} />
          <Route path="eksport" element={<ExportScreen />} />
          <Route path="*" element={<Navigate to={routes.register} replace />} />
        </Route>,
      ),
    ),
  );
  return <RouterProvider router={router} />;
}
