import * as assert from 'node:assert/strict';
import { addDays, chooseClock, daysBetween, fixedClock, localDate, msUntilLocalMidnight, systemClock } from '../../src/core/clock';
import { utcTimestamp } from '../../src/core/changeRequests/utcTimestamp';

/**
 * Runs `body` with the process in another time zone. Node re-reads TZ when it is assigned, so Dates created
 * inside see that zone; the previous value is restored afterwards.
 */
function inTimeZone(zone: string, body: () => void): void {
  const previous = process.env.TZ;
  process.env.TZ = zone;
  try {
    body();
  } finally {
    if (previous === undefined) {
      delete process.env.TZ;
    } else {
      process.env.TZ = previous;
    }
  }
}

describe('clock', () => {
  it('gives the local date, not the UTC one, on either side of midnight', () => {
    inTimeZone('Asia/Shanghai', () => {
      // 00:30 on the 7th in Shanghai is still the 6th in UTC.
      assert.equal(localDate(new Date('2026-12-06T16:30:00Z')), '2026-12-07');
      assert.equal(localDate(new Date('2026-12-06T15:59:59Z')), '2026-12-06');
      assert.equal(new Date('2026-12-06T16:30:00Z').toISOString().slice(0, 10), '2026-12-06', 'what the old code took for today');
    });
    inTimeZone('America/Los_Angeles', () => {
      // 23:30 on the 6th in Los Angeles is already the 7th in UTC.
      assert.equal(localDate(new Date('2026-12-07T07:30:00Z')), '2026-12-06');
      assert.equal(localDate(new Date('2026-12-07T08:00:00Z')), '2026-12-07');
    });
    inTimeZone('UTC', () => assert.equal(localDate(new Date('0999-01-02T03:04:05Z')), '0999-01-02'));
  });

  it('counts the time to the next local midnight, also over a daylight-saving change', () => {
    inTimeZone('Asia/Shanghai', () => {
      assert.equal(msUntilLocalMidnight(new Date('2026-12-06T15:59:00Z')), 60_000);
      assert.equal(msUntilLocalMidnight(new Date('2026-12-06T16:00:00Z')), 24 * 3_600_000, 'at midnight: the next one');
    });
    inTimeZone('America/Los_Angeles', () => {
      // 8 March 2026 has 23 hours there: clocks go from 02:00 to 03:00.
      assert.equal(msUntilLocalMidnight(new Date('2026-03-08T08:00:00Z')), 23 * 3_600_000);
    });
  });

  it('a fixed clock keeps its date at any hour and in any zone; its now falls on that local date', () => {
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC']) {
      inTimeZone(zone, () => {
        const clock = fixedClock('2026-12-07');
        assert.equal(clock.today(), '2026-12-07');
        assert.equal(localDate(clock.now()), '2026-12-07', zone);
        assert.match(utcTimestamp(clock.now()), /^2026-12-0[678]T\d\d:\d\d:\d\dZ$/);
        assert.equal(clock.fixed, true);
      });
    }
    assert.equal(systemClock.fixed, false);
    assert.equal(systemClock.today(), localDate(new Date()));
  });

  it('chooses the first fixed date given, refuses one that is no date, else the system clock', () => {
    const first = chooseClock([{ source: '--as-of', value: undefined }, { source: 'REQDESK_TODAY', value: ' 2026-12-07 ' }]);
    assert.ok(!('invalid' in first));
    assert.equal(first.today(), '2026-12-07');
    const both = chooseClock([{ source: '--as-of', value: '2026-01-31' }, { source: 'REQDESK_TODAY', value: '2026-12-07' }]);
    assert.ok(!('invalid' in both) && both.today() === '2026-01-31');
    assert.deepEqual(chooseClock([{ source: 'REQDESK_TODAY', value: '2026-02-30' }]), { invalid: "REQDESK_TODAY must be a date like 2026-12-07 (it is '2026-02-30')" });
    assert.equal(chooseClock([{ source: 'reqdesk.today', value: '' }]), systemClock);
  });

  it('counts whole calendar days between dates, whatever the zone', () => {
    inTimeZone('America/Los_Angeles', () => {
      assert.equal(daysBetween('2026-11-20', '2026-12-07'), 17);
      assert.equal(daysBetween('2026-03-07', '2026-03-09'), 2, 'over the daylight-saving change');
      assert.equal(daysBetween('2026-12-07', '2026-12-06'), -1);
      assert.equal(daysBetween('2024-02-28', '2024-03-01'), 2, 'a leap year');
      assert.equal(addDays('2026-12-07', 14), '2026-12-21');
      assert.equal(addDays('2026-12-25', 14), '2027-01-08', 'into the next year');
      assert.equal(addDays('2024-02-28', 2), '2024-03-01', 'a leap year');
    });
  });
});
