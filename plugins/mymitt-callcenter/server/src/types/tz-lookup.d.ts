declare module 'tz-lookup' {
  /** IANA time zone at a latitude/longitude; throws on invalid coordinates. */
  function tzLookup(latitude: number, longitude: number): string;
  export = tzLookup;
}
