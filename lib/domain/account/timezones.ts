// The IANA zone names this runtime knows. Intl.supportedValuesOf omits the "UTC" alias on some
// engines although every browser may report it, so the aliases are added explicitly.
const KNOWN_ZONES = new Set<string>([...Intl.supportedValuesOf("timeZone"), "UTC", "Etc/UTC", "Etc/GMT"]);

export function isKnownTimezone(name: string): boolean {
  return KNOWN_ZONES.has(name);
}

export function listTimezones(): string[] {
  return [...KNOWN_ZONES].sort();
}
