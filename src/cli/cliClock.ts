import { chooseClock, type Clock } from '../core/clock';
import { CliError } from './cliIo';

/** The clock of one command: its --as-of, else the REQDESK_TODAY environment variable, else the local date. */
export function cliClock(asOf: string | undefined): Clock {
  const clock = chooseClock([{ source: '--as-of', value: asOf }, { source: 'REQDESK_TODAY', value: process.env.REQDESK_TODAY }]);
  if ('invalid' in clock) {
    throw new CliError(clock.invalid);
  }
  return clock;
}
