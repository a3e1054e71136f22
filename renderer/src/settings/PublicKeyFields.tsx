import { Field } from '../components/Field';
import { unawaited } from '../app/unawaited';

interface Props {
  /** Field ids: `<id>-file` and `<id>-armored`. */
  id: string;
  fileLabel: string;
  textLabel: string;
  error?: string | undefined;
  rows: number;
  armored: string;
  onArmored: (armored: string) => void;
}

/** An OpenPGP public key, chosen as a file or pasted: ICT's keys and another counter's device key. */
export function PublicKeyFields({ id, fileLabel, textLabel, error, rows, armored, onArmored }: Props) {
  return (
    <>
      <Field id={`${id}-file`} label={fileLabel}>
        {(aria) => (
          <input
            {...aria}
            type="file"
            accept=".asc,.gpg,.pub,.txt,application/pgp-keys"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) unawaited(file.text().then(onArmored));
            }}
          />
        )}
      </Field>
      <Field id={`${id}-armored`} label={textLabel} error={error}>
        {(aria) => (
          <textarea
            {...aria}
            rows={rows}
            className="input--mono"
            value={armored}
            onChange={(e) => onArmored(e.target.value)}
          />
        )}
      </Field>
    </>
  );
}
