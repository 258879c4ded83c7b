/**
 * A `Date` whose local-time methods read and write UTC, so that date-fns does calendar arithmetic
 * without ever looking at the machine's time zone.
 *
 * Why: date-fns works in local time. In a zone that skipped a calendar day (Pacific/Kiritimati
 * skipped 1994-12-31, Pacific/Apia 2011-12-30) a local `Date` cannot even hold that day, and
 * daylight-saving days are 23 or 25 hours long. Every date of this library is a calendar date
 * (`YYYY-MM-DD`, no time of day), so all arithmetic happens at UTC midnight through this class.
 * date-fns builds its results with the `constructDateFrom` symbol, so they stay `UtcDate`s.
 *
 * Test support only: the kernel does its own integer arithmetic; this adapter lets date-fns serve as an
 * independent reference in the property tests.
 */
export class UtcDate extends Date {
  /** date-fns v4 calls this to build every derived date, so results keep the UTC methods. */
  [Symbol.for("constructDateFrom")](value: Date | number | string): UtcDate {
    return new UtcDate(+new Date(value));
  }

  override getTimezoneOffset(): number {
    return 0;
  }
  override getFullYear(): number {
    return this.getUTCFullYear();
  }
  override getMonth(): number {
    return this.getUTCMonth();
  }
  override getDate(): number {
    return this.getUTCDate();
  }
  override getDay(): number {
    return this.getUTCDay();
  }
  override getHours(): number {
    return this.getUTCHours();
  }
  override getMinutes(): number {
    return this.getUTCMinutes();
  }
  override getSeconds(): number {
    return this.getUTCSeconds();
  }
  override getMilliseconds(): number {
    return this.getUTCMilliseconds();
  }
  override setFullYear(year: number, month?: number, date?: number): number {
    return this.setUTCFullYear(year, month ?? this.getUTCMonth(), date ?? this.getUTCDate());
  }
  override setMonth(month: number, date?: number): number {
    return this.setUTCMonth(month, date ?? this.getUTCDate());
  }
  override setDate(date: number): number {
    return this.setUTCDate(date);
  }
  override setHours(hours: number, min?: number, sec?: number, ms?: number): number {
    return this.setUTCHours(
      hours,
      min ?? this.getUTCMinutes(),
      sec ?? this.getUTCSeconds(),
      ms ?? this.getUTCMilliseconds(),
    );
  }
  override setMinutes(min: number, sec?: number, ms?: number): number {
    return this.setUTCMinutes(min, sec ?? this.getUTCSeconds(), ms ?? this.getUTCMilliseconds());
  }
  override setSeconds(sec: number, ms?: number): number {
    return this.setUTCSeconds(sec, ms ?? this.getUTCMilliseconds());
  }
  override setMilliseconds(ms: number): number {
    return this.setUTCMilliseconds(ms);
  }
}
