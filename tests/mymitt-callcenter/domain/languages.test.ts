import { languageOf, localizeQuestions, scriptFor } from '../../../plugins/mymitt-callcenter/server/src/domain/survey';
import { localizedText } from '../../../plugins/mymitt-callcenter/server/src/domain/call-day';

describe('languages', () => {
  it('reads a CSV language cell: en/es, English/Spanish, Español/Inglés, any case or accent; anything else is null', () => {
    for (const cell of ['es', 'ES', 'Spanish', 'SPANISH', 'Español', 'espanol', ' español ']) expect(languageOf(cell)).toBe('es');
    for (const cell of ['en', 'EN', 'English', 'english', 'Inglés', 'ingles']) expect(languageOf(cell)).toBe('en');
    for (const cell of ['fr', 'French', 'e', 'spa', 'en-US']) expect(languageOf(cell)).toBeNull();
  });

  it('picks the script of the contact language; a missing or blank Spanish script falls back to English, flagged', () => {
    expect(scriptFor('Hi', 'Hola', 'es')).toEqual({ script: 'Hola', scriptLanguage: 'es', scriptFallback: false });
    expect(scriptFor('Hi', 'Hola', 'en')).toEqual({ script: 'Hi', scriptLanguage: 'en', scriptFallback: false });
    expect(scriptFor('Hi', null, 'es')).toEqual({ script: 'Hi', scriptLanguage: 'en', scriptFallback: true });
    expect(scriptFor('Hi', '  ', 'es')).toEqual({ script: 'Hi', scriptLanguage: 'en', scriptFallback: true });
  });

  it('labels questions and options in the language, each falling back on its own', () => {
    const questions = [
      { id: 'q1', type: 'single' as const, label: 'Support?', labelEs: '¿Apoya?', options: [{ value: 'yes', label: 'Yes', next: 'q2' }] },
    ];
    expect(localizeQuestions(questions, 'es')).toEqual([
      {
        id: 'q1',
        type: 'single',
        label: '¿Apoya?',
        labelEn: 'Support?',
        labelEs: '¿Apoya?',
        labelFallback: false,
        options: [{ value: 'yes', label: 'Yes', labelEn: 'Yes', labelEs: null, labelFallback: true, next: 'q2' }],
      },
    ]);
    expect(localizeQuestions(questions, 'en')[0]).toMatchObject({ label: 'Support?', labelFallback: false });
  });

  it('a call day text in Spanish, English standing in when none was written (a missing English text is no fallback)', () => {
    expect(localizedText('Super Saturday', 'Súper sábado', 'es')).toEqual({ text: 'Súper sábado', fallback: false });
    expect(localizedText('Super Saturday', 'Súper sábado', 'en')).toEqual({ text: 'Super Saturday', fallback: false });
    expect(localizedText('Super Saturday', null, 'es')).toEqual({ text: 'Super Saturday', fallback: true });
    expect(localizedText(null, null, 'es')).toEqual({ text: null, fallback: false });
  });
});
