import { composeNotice, placeholdersIn, renderHtml, renderText } from '@mymitt/plugin-kit';

describe('notice templates', () => {
  it('fill placeholders, and show a section only when its value is there (or, with ^, when it is not)', () => {
    const template = 'Dear {{name}},\n\n{{#cancelUrl}}Cancel: {{cancelUrl}}{{/cancelUrl}}{{^cancelUrl}}A one-time gift.{{/cancelUrl}}';
    expect(renderText(template, { name: 'Ann', cancelUrl: 'https://site.test/c?t=1' })).toBe('Dear Ann,\n\nCancel: https://site.test/c?t=1');
    expect(renderText(template, { name: 'Ann', cancelUrl: null })).toBe('Dear Ann,\n\nA one-time gift.');
    expect(renderText('{{ unknown }}!', {})).toBe('!');
  });

  it('escape values in HTML, make …Url values links, and part paragraphs at blank lines', () => {
    const html = renderHtml('Hi {{name}},\n\nSee {{eventUrl}}\nnext line', { name: '<b>Ann</b>', eventUrl: 'https://site.test/e?a=1&b=2' });
    expect(html).toBe(
      '<p>Hi &lt;b&gt;Ann&lt;/b&gt;,</p>\n<p>See <a href="https://site.test/e?a=1&amp;b=2">https://site.test/e?a=1&amp;b=2</a><br>\nnext line</p>'
    );
    // A value that is not an http(s) URL is never a link, whatever its name.
    expect(renderHtml('{{evilUrl}}', { evilUrl: 'javascript:alert(1)' })).toBe('<p>javascript:alert(1)</p>');
  });

  it('name the placeholders a template uses, sections included', () => {
    expect(placeholdersIn('{{name}} {{#cancelUrl}}{{cancelUrl}}{{/cancelUrl}} {{^x}}{{/x}}').sort()).toEqual(['cancelUrl', 'name', 'x']);
  });

  it('compose a message: one-line subject, body, then the footer lines as their own paragraphs', () => {
    const message = composeNotice(
      { subject: 'Your RSVP to\n{{title}}', body: 'Dear {{name}},\n\nSee you there.' },
      { name: 'Ann', title: 'Pie & politics' },
      ['Paid for by MyMitt for America.', 'To stop these emails, use this link: https://site.test/unsubscribe?token=a.b'],
      'es'
    );
    expect(message.subject).toBe('Your RSVP to Pie & politics');
    expect(message.text).toBe(
      'Dear Ann,\n\nSee you there.\n\nPaid for by MyMitt for America.\n\nTo stop these emails, use this link: https://site.test/unsubscribe?token=a.b'
    );
    expect(message.html).toContain('<html lang="es">');
    expect(message.html).toContain('<title>Your RSVP to Pie &amp; politics</title>');
    expect(message.html).toContain('<a href="https://site.test/unsubscribe?token=a.b">');
  });
});
