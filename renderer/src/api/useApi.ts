import { useCallback, useEffect, useState } from 'react';
import type { ChannelInput, ChannelName, ChannelOutput } from '@shared/contract';
import type { AppErrorData, Result } from '@shared/errors';
import { call } from './client';
import { unawaited } from '../app/unawaited';

export type ApiState<T> =
  | { status: 'loading'; value: T | null }
  | { status: 'ok'; value: T }
  | { status: 'error'; error: AppErrorData; value: T | null };

interface Answer<T> {
  request: string;
  result: Result<T>;
  lastValue: T | null;
}

/**
 * Loads one channel's answer, again whenever the input changes (compared by value) or `reload` is
 * called. While a new answer is on its way the last good value stays visible, so lists do not flicker.
 */
export function useApi<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
): { state: ApiState<ChannelOutput<C>>; reload: () => void } {
  const [generation, setGeneration] = useState(0);
  const payload = JSON.stringify(input);
  const request = `${channel}#${generation}#${payload}`;
  const [answer, setAnswer] = useState<Answer<ChannelOutput<C>> | null>(null);

  useEffect(() => {
    let live = true;
    unawaited(
      call(channel, JSON.parse(payload) as ChannelInput<C>).then((result) => {
        if (!live) return;
        setAnswer((prev) => ({
          request,
          result,
          lastValue: result.ok ? result.value : (prev?.lastValue ?? null),
        }));
      }),
    );
    return () => {
      live = false;
    };
  }, [channel, payload, request]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  let state: ApiState<ChannelOutput<C>>;
  if (answer === null || answer.request !== request) {
    state = { status: 'loading', value: answer?.lastValue ?? null };
  } else if (answer.result.ok) {
    state = { status: 'ok', value: answer.result.value };
  } else {
    state = { status: 'error', error: answer.result.error, value: answer.lastValue };
  }
  return { state, reload };
}
