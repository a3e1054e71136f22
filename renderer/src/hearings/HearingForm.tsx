import { useState } from 'react';
import type { HearingSlotsView } from '@shared/calendarViews';
import { errorData, type AppErrorData, type Result } from '@shared/errors';
import { HEARING_KINDS, setHearingSchema, type HearingKind } from '@shared/schemas/courtCalendar';
import { call } from '../api/client';
import { Field } from '../components/Field';
import { Notice } from '../components/Notice';
import { shownError } from '../i18n/errors';
import { currentLanguage, useStrings } from '../i18n/strings';
import { ApprovalDialog, type Approval } from '../payments/ApprovalDialog';
import { unawaited } from '../app/unawaited';
import { useLeaveGuard } from '../keyboard/useLeaveGuard';
import { readFieldMessage } from '@shared/schemas/fieldMessage';
import { DateInput } from '../components/DateInput';

/**
 * The clerk sets a mention or hearing date: the working days of the next 21 days are offered, the first
 * free slot chosen already. A date outside the list (or one the rules refuse) needs a supervisor.
 */
export function HearingForm({
  caseId,
  slots,
  onSaved,
}: {
  caseId: number;
  slots: HearingSlotsView;
  onSaved: () => void;
}) {
  const ms = useStrings().msCalendar.hearings;
  const { courtDate } = useStrings().msDomain;
  const [offered] = useState(() => ({
    date: slots.firstFree?.date ?? slots.days[0]?.date ?? '',
    room: slots.firstFree?.room ?? slots.rooms[0] ?? '',
    time: slots.firstFree?.time ?? slots.defaultTime,
  }));
  const [kind, setKind] = useState<HearingKind>('SEBUTAN');
  const [date, setDate] = useState(offered.date);
  const [otherDate, setOtherDate] = useState('');
  const [useOther, setUseOther] = useState(false);
  const [room, setRoom] = useState(offered.room);
  const [time, setTime] = useState(offered.time);
  const [failure, setFailure] = useState<AppErrorData | null>(null);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  useLeaveGuard(
    kind !== 'SEBUTAN' ||
      date !== offered.date ||
      useOther ||
      otherDate !== '' ||
      room !== offered.room ||
      time !== offered.time,
  );

  const input = (override: Approval | null) => ({
    caseId,
    kind,
    date: useOther ? otherDate : date,
    time,
    room,
    override: override ? { ...override, reason: override.reason ?? '' } : null,
  });

  const submit = async (override: Approval | null): Promise<Result<unknown>> => {
    const parsed = setHearingSchema.safeParse(input(override));
    if (!parsed.success) {
      const { key, values } = readFieldMessage(parsed.error.issues[0]?.message ?? '');
      const error: AppErrorData = shownError(errorData('VALIDATION', key, values), currentLanguage());
      if (!override) setFailure(error);
      return { ok: false, error };
    }
    setBusy(true);
    setFailure(null);
    const result = await call('hearings.set', input(override));
    setBusy(false);
    if (result.ok) {
      setAsking(false);
      onSaved();
    } else if (!override) setFailure(result.error);
    return result;
  };

  const dayLabel = (d: HearingSlotsView['days'][number]) => {
    const r = d.rooms.find((x) => x.room === room) ?? d.rooms[0];
    return r ? ms.dayOption(courtDate(d.dateText), r.booked, r.capacity) : courtDate(d.dateText);
  };

  return (
    <form
      className="form"
      data-testid="hearing-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        unawaited(submit(null));
      }}
    >
      <p className="muted" data-testid="first-free">
        {slots.firstFree
          ? ms.firstFree(
              courtDate(slots.days.find((d) => d.date === slots.firstFree?.date)?.dateText ?? ''),
              slots.firstFree.room,
            )
          : ms.noFree}
      </p>
      <Field id="hearing-kind" label={ms.kind} required>
        {(aria) => (
          <select {...aria} value={kind} onChange={(e) => setKind(e.target.value as HearingKind)}>
            {HEARING_KINDS.map((k) => (
              <option key={k} value={k}>
                {ms.kinds[k]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {useOther ? (
        <Field id="hearing-other-date" label={ms.otherDate} required>
          {(aria) => <DateInput {...aria} optional value={otherDate} onChange={setOtherDate} />}
        </Field>
      ) : (
        <Field id="hearing-date" label={ms.date} required>
          {(aria) => (
            <select {...aria} value={date} onChange={(e) => setDate(e.target.value)}>
              {slots.days.map((d) => (
                <option key={d.date} value={d.date}>
                  {dayLabel(d)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <label className="checkbox">
        <input type="checkbox" checked={useOther} onChange={(e) => setUseOther(e.target.checked)} /> {ms.useOtherDate}
      </label>
      <Field id="hearing-room" label={ms.room} required>
        {(aria) => (
          <select {...aria} value={room} onChange={(e) => setRoom(e.target.value)}>
            {slots.rooms.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="hearing-time" label={ms.time} required>
        {(aria) => (
          <input
            {...aria}
            type="time"
            className="input--short"
            value={time}
            onChange={(e) => setTime(e.target.value)}
          />
        )}
      </Field>
      {failure ? (
        <Notice tone="error">
          <p>{failure.message}</p>
          {failure.code === 'VALIDATION' && failure.issues?.some((i) => i.path === 'date') ? (
            <button type="button" className="button button--secondary" onClick={() => setAsking(true)}>
              {ms.askOverride}
            </button>
          ) : null}
        </Notice>
      ) : null}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {ms.submit}
        </button>
      </div>
      {asking ? (
        <ApprovalDialog
          title={ms.overrideTitle}
          warning={failure ? `${ms.overrideWarning} ${failure.message}` : ms.overrideWarning}
          submitLabel={ms.overrideSubmit}
          askReason
          reasonLabel={ms.overrideReason}
          reasonHint=""
          onApprove={(approval) => submit(approval)}
          onClose={() => setAsking(false)}
        />
      ) : null}
    </form>
  );
}
