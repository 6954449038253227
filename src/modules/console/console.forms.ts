import { Html, html } from '../scan/html';
import { FRAME, type Lang } from './console.i18n';
import type { ConsoleRequest, Form } from './console.page';

/**
 * Form pieces for console pages: every field labelled, its hint and error tied to it
 * (aria-describedby), the error next to the field and in a summary at the top, and what was typed put
 * back. A page builds a `FormState` from what was posted and the errors the API answered.
 */

export interface FormState {
  values: Form;
  /** Error messages by field name. */
  errors: Record<string, string[]>;
  /** Errors of the whole form. */
  general: string[];
}

export function formState(values: Form = {}): FormState {
  return { values, errors: {}, general: [] };
}

export interface PayloadError {
  field?: readonly string[] | null;
  code: string;
  message: string;
}

/**
 * Puts the API's payload errors on the form: an error's field is the last name of its path
 * (["input", "login"] → login), renamed by `fields` where the form names it otherwise; messages come
 * from the page family's table by code, else the API's own message.
 */
export function withErrors(
  state: FormState,
  errors: readonly PayloadError[],
  messages: Record<string, string>,
  fields: Record<string, string> = {},
): FormState {
  const out: FormState = { values: state.values, errors: { ...state.errors }, general: [...state.general] };
  for (const e of errors) {
    const text = messages[e.code] ?? e.message;
    const last = e.field?.at(-1);
    const name = last ? (fields[last] ?? last) : null;
    if (name && name in out.values) (out.errors[name] ??= []).push(text);
    else out.general.push(text);
  }
  return out;
}

export function hasErrors(state: FormState): boolean {
  return state.general.length > 0 || Object.keys(state.errors).length > 0;
}

/** The hidden CSRF field every form carries. */
export function csrfField(c: ConsoleRequest): Html {
  return html`<input type="hidden" name="_csrf" value="${c.csrf}">`;
}

/**
 * The summary of a form's errors, announced to screen readers. Given the fields' `labels`, each field's entry names
 * its field and links to it ("Hazard (Chinese): Empty or too long."), so that the same message on several fields
 * still says where; `form` is the fields' id prefix, as in `FieldSpec`.
 */
export function errorSummary(
  lang: Lang,
  state: FormState,
  labels: Record<string, string> = {},
  form?: string,
): Html | null {
  const byField = Object.entries(state.errors).flatMap(([name, messages]) =>
    messages.map((m) =>
      labels[name] ? html`<a href="#${idOf({ name, form })}">${labels[name]}</a>: ${m}` : html`${m}`,
    ),
  );
  const all = [...state.general.map((m) => html`${m}`), ...byField];
  if (!all.length) return null;
  return html`<div class="errors" role="alert"><p>${FRAME[lang].errorsIntro}</p><ul>${all.map(
    (m) => html`
<li>${m}</li>`,
  )}</ul></div>`;
}

export interface FieldSpec {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'tel' | 'password' | 'search' | 'number';
  required?: boolean;
  hint?: string;
  autocomplete?: string;
  maxlength?: number;
  inputmode?: string;
  /** Keep what was typed out of the page (passwords). */
  noEcho?: boolean;
  /** The id prefix, when one page has two forms with the same field names. */
  form?: string;
}

function idOf(spec: { name: string; form?: string }): string {
  return `${spec.form ? `${spec.form}-` : ''}f-${spec.name}`;
}

function describedBy(id: string, hint: boolean, error: boolean): Html | null {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return ids ? html` aria-describedby="${ids}"` : null;
}

function fieldNotes(id: string, hint: string | undefined, errors: string[] | undefined): Html {
  return html`${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : null}${
    errors?.length ? html`<span class="error" id="${id}-error">${errors.join(' ')}</span>` : null
  }`;
}

export function field(state: FormState, spec: FieldSpec): Html {
  const id = idOf(spec);
  const errors = state.errors[spec.name];
  const value = spec.noEcho ? '' : (state.values[spec.name] ?? '');
  return html`<div class="field">
<label for="${id}">${spec.label}</label>
<input id="${id}" name="${spec.name}" type="${spec.type ?? 'text'}" value="${value}"${
    spec.required ? html` required` : null
  }${spec.autocomplete ? html` autocomplete="${spec.autocomplete}"` : null}${
    spec.maxlength ? html` maxlength="${spec.maxlength}"` : null
  }${spec.inputmode ? html` inputmode="${spec.inputmode}"` : null}${
    errors?.length ? html` aria-invalid="true"` : null
  }${describedBy(id, !!spec.hint, !!errors?.length)}>${fieldNotes(id, spec.hint, errors)}</div>`;
}

export function select(
  state: FormState,
  spec: { name: string; label: string; options: { value: string; label: string }[]; hint?: string; form?: string },
): Html {
  const id = idOf(spec);
  const errors = state.errors[spec.name];
  const current = state.values[spec.name];
  return html`<div class="field"><label for="${id}">${spec.label}</label><select id="${id}" name="${spec.name}"${
    errors?.length ? html` aria-invalid="true"` : null
  }${describedBy(id, !!spec.hint, !!errors?.length)}>${spec.options.map(
    (o) => html`<option value="${o.value}"${o.value === current ? html` selected` : null}>${o.label}</option>`,
  )}</select>${fieldNotes(id, spec.hint, errors)}</div>`;
}

/** A labelled multi-line text field, with its hint and error, and what was typed put back. */
export function textarea(
  state: FormState,
  spec: {
    name: string;
    label: string;
    hint?: string;
    required?: boolean;
    maxlength?: number;
    rows?: number;
    form?: string;
  },
): Html {
  const id = idOf(spec);
  const errors = state.errors[spec.name];
  return html`<div class="field"><label for="${id}">${spec.label}</label>${''}<textarea id="${id}" name="${spec.name}" rows="${
    spec.rows ?? 4
  }"${spec.required ? html` required` : null}${spec.maxlength ? html` maxlength="${spec.maxlength}"` : null}${
    errors?.length ? html` aria-invalid="true"` : null
  }${describedBy(id, !!spec.hint, !!errors?.length)}>${state.values[spec.name] ?? ''}</textarea>${fieldNotes(
    id,
    spec.hint,
    errors,
  )}</div>`;
}

/**
 * A group of checkboxes sharing a legend (several values of one field). The form posts one field per
 * box (`<name>.<value>` = "on"), since the console's form parser keeps the last of repeated names.
 */
export function checkboxes(
  state: FormState,
  spec: { name: string; legend: string; options: { value: string; label: string }[]; hint?: string },
): Html {
  const id = idOf(spec);
  const errors = state.errors[spec.name];
  const notes = describedBy(id, !!spec.hint, !!errors?.length);
  return html`<fieldset class="field" id="${id}"${notes}><legend class="label">${
    spec.legend
  }</legend>${spec.options.map(
    (o) =>
      html`<label class="check"><input type="checkbox" name="${spec.name}.${o.value}" value="on"${
        state.values[`${spec.name}.${o.value}`] === 'on' ? html` checked` : null
      }> ${o.label}</label>`,
  )}${fieldNotes(id, spec.hint, errors)}</fieldset>`;
}

/** The values of a `checkboxes` group that were ticked, in the order of `values`. */
export function ticked<T extends string>(form: Form, name: string, values: readonly T[]): T[] {
  return values.filter((v) => form[`${name}.${v}`] === 'on');
}

/** A one-button form (sign out, suspend, revoke…): POST with the CSRF token and hidden values. */
export function buttonForm(
  c: ConsoleRequest,
  action: string,
  label: string,
  opts: { hidden?: Form; className?: string } = {},
): Html {
  return html`<form method="post" action="${action}" class="inline">${csrfField(c)}${Object.entries(
    opts.hidden ?? {},
  ).map(
    ([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`,
  )}<button type="submit"${opts.className ? html` class="${opts.className}"` : null}>${label}</button></form>`;
}

export { Html };
