import { CauseBookImport } from '../esv3Import/CauseBookImport';
import { NumbersImport } from '../esv3Import/NumbersImport';
import { useStrings } from '../i18n/strings';

/** Tetapan → Data rujukan ESV3: the last numbers ESV3 issued and its cause book, imported from ICT's files. */
export function Esv3ReferenceSettings({ onImported }: { onImported: () => void }) {
  const ms = useStrings().msReference;
  return (
    <div>
      <p>{ms.intro}</p>
      <NumbersImport onImported={onImported} />
      <CauseBookImport />
    </div>
  );
}
