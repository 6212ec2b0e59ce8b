import { allowedCorsOrigins } from '../../../src/domain/cors-origins';

const settings = (overrides: Partial<Parameters<typeof allowedCorsOrigins>[0]> = {}) => ({
  corsOrigins: '',
  publicUrl: '',
  siteUrl: '',
  port: 1337,
  production: true,
  ...overrides,
});

describe('CORS allow-list', () => {
  it("defaults to the API's own origin and the supporter site, as origins", () => {
    expect(allowedCorsOrigins(settings({ publicUrl: 'https://act.example.org/', siteUrl: 'https://www.example.org/donate' }))).toEqual([
      'https://act.example.org',
      'https://www.example.org',
    ]);
  });

  it('adds localhost and 127.0.0.1 on the port outside production only', () => {
    expect(allowedCorsOrigins(settings({ production: false, port: 4000 }))).toEqual(['http://localhost:4000', 'http://127.0.0.1:4000']);
    expect(allowedCorsOrigins(settings())).toEqual([]);
  });

  it('takes CORS_ORIGINS instead of the defaults when it is set', () => {
    expect(
      allowedCorsOrigins(settings({ corsOrigins: ' https://a.example.org, https://b.example.org:8443/ ,', publicUrl: 'https://act.example.org' }))
    ).toEqual(['https://a.example.org', 'https://b.example.org:8443']);
  });

  it('refuses "*", a path and a non-http entry with a message naming the variable', () => {
    expect(() => allowedCorsOrigins(settings({ corsOrigins: '*' }))).toThrow(/CORS_ORIGINS: "\*" is not allowed/);
    expect(() => allowedCorsOrigins(settings({ corsOrigins: 'https://*.example.org' }))).toThrow(/"\*" is not allowed/);
    expect(() => allowedCorsOrigins(settings({ corsOrigins: 'https://a.example.org/app' }))).toThrow(/not an origin; write https:\/\/a\.example\.org/);
    expect(() => allowedCorsOrigins(settings({ corsOrigins: 'ftp://a.example.org' }))).toThrow(/CORS_ORIGINS: .* not an http\(s\) origin/);
    expect(() => allowedCorsOrigins(settings({ siteUrl: 'example.org' }))).toThrow(/SITE_URL: "example.org" is not a URL/);
  });
});
