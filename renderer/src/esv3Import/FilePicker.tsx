import { useState } from 'react';
import type { ImportFileInput } from '@shared/schemas/esv3Import';
import { MAX_IMPORT_BYTES } from '@shared/schemas/esv3Import';
import { Field } from '../components/Field';
import { readImportFile } from './readImportFile';
import { useStrings } from '../i18n/strings';
import { unawaited } from '../app/unawaited';

/** A file input that hands over the file's bytes, or says why it cannot. */
export function FilePicker({
  id,
  onFile,
  busy,
}: {
  id: string;
  onFile: (file: ImportFileInput) => void;
  busy: boolean;
}) {
  const ms = useStrings().msReference;
  const [error, setError] = useState<string | undefined>(undefined);
  return (
    <Field id={id} label={ms.chooseFile} hint={ms.fileHint(MAX_IMPORT_BYTES / (1024 * 1024))} error={error}>
      {(aria) => (
        <input
          {...aria}
          type="file"
          disabled={busy}
          accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            unawaited(
              readImportFile(file).then((read) => {
                if ('error' in read) setError(read.error);
                else {
                  setError(undefined);
                  onFile(read);
                }
              }),
            );
          }}
        />
      )}
    </Field>
  );
}
