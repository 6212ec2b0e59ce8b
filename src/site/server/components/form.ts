import { html, type SafeHtml } from '../html';

/**
 * Server-rendered form parts. Every input has a label; every field has an empty error slot that the
 * browser fills with the server's message (`browser/forms.ts`), linked by aria-describedby.
 */
export interface FieldOptions {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password' | 'number' | 'tel' | 'url';
  value?: string | number | null;
  hint?: string;
  required?: boolean;
  autocomplete?: string;
  inputmode?: 'numeric' | 'decimal' | 'email' | 'tel' | 'text';
  maxlength?: number;
  min?: number;
  step?: string;
}

const fieldId = (name: string) => `field-${name}`;

export function errorSlot(name: string) {
  return html`<p class="field__error" id="${fieldId(name)}-error" data-error-for="${name}"></p>`;
}

export function textField(options: FieldOptions): SafeHtml {
  const id = fieldId(options.name);
  const described = [options.hint ? `${id}-hint` : '', `${id}-error`].filter(Boolean).join(' ');
  return html`<div class="field" data-field="${options.name}">
<label for="${id}">${options.label}</label>
${options.hint ? html`<span class="hint" id="${id}-hint">${options.hint}</span>` : ''}
${errorSlot(options.name)}
<input id="${id}" name="${options.name}" type="${options.type ?? 'text'}" aria-describedby="${described}"${
    options.value !== undefined && options.value !== null ? html` value="${options.value}"` : ''
  }${options.required ? html` required` : ''}${options.autocomplete ? html` autocomplete="${options.autocomplete}"` : ''}${
    options.inputmode ? html` inputmode="${options.inputmode}"` : ''
  }${options.maxlength ? html` maxlength="${options.maxlength}"` : ''}${options.min !== undefined ? html` min="${options.min}"` : ''}${
    options.step ? html` step="${options.step}"` : ''
  }>
</div>`;
}

export function textArea(options: { name: string; label: string; value?: string | null; hint?: string; required?: boolean; maxlength?: number }) {
  const id = fieldId(options.name);
  return html`<div class="field" data-field="${options.name}">
<label for="${id}">${options.label}</label>
${options.hint ? html`<span class="hint" id="${id}-hint">${options.hint}</span>` : ''}
${errorSlot(options.name)}
<textarea id="${id}" name="${options.name}" aria-describedby="${options.hint ? `${id}-hint ` : ''}${id}-error"${
    options.required ? html` required` : ''
  }${options.maxlength ? html` maxlength="${options.maxlength}"` : ''}>${options.value ?? ''}</textarea>
</div>`;
}

export function checkbox(options: { name: string; label: string | SafeHtml; checked?: boolean; required?: boolean; value?: string }) {
  const id = fieldId(options.name);
  return html`<div class="field" data-field="${options.name}">
${errorSlot(options.name)}
<div class="checkbox"><input type="checkbox" id="${id}" name="${options.name}" value="${options.value ?? 'true'}" aria-describedby="${id}-error"${
    options.checked ? html` checked` : ''
  }${options.required ? html` required` : ''}><label for="${id}">${options.label}</label></div>
</div>`;
}

export function selectField(options: { name: string; label: string; options: Array<{ value: string; label: string }>; value?: string | null; required?: boolean; autocomplete?: string }) {
  const id = fieldId(options.name);
  return html`<div class="field" data-field="${options.name}">
<label for="${id}">${options.label}</label>
${errorSlot(options.name)}
<select id="${id}" name="${options.name}" aria-describedby="${id}-error"${options.required ? html` required` : ''}${
    options.autocomplete ? html` autocomplete="${options.autocomplete}"` : ''
  }>
${options.options.map((option) => html`<option value="${option.value}"${option.value === options.value ? html` selected` : ''}>${option.label}</option>`)}
</select>
</div>`;
}

/** The GOV.UK error summary: filled and focused by the browser when the server refuses the form. */
export function errorSummary(title: string) {
  return html`<div class="error-summary" role="alert" tabindex="-1" data-error-summary data-title="${title}"></div>`;
}
