import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/articles/metadata/language.js';

describe('detectLanguage', () => {
  it.each([
    [
      'en',
      'The council said on Tuesday that the ferry would start in the spring, and that it was paid for by the state.',
    ],
    [
      'fr',
      'Le conseil municipal a approuvé mardi une nouvelle ligne de ferry, qui sera mise en service au printemps.',
    ],
    [
      'de',
      'Der Stadtrat hat am Dienstag eine neue Fährverbindung beschlossen, die im Frühjahr in Betrieb gehen soll und von dem Land bezahlt wird.',
    ],
    [
      'es',
      'El consejo municipal aprobó el martes una nueva ruta de ferry, que comenzará a funcionar en la primavera y que pagará el estado.',
    ],
    [
      'it',
      'Il consiglio comunale ha approvato martedì una nuova linea di traghetti, che sarà attiva nella primavera e che è stata finanziata dalla regione.',
    ],
    [
      'pt',
      'O conselho municipal aprovou na terça-feira uma nova linha de balsa, que vai começar a funcionar na primavera e que foi paga pelo estado.',
    ],
    [
      'nl',
      'De gemeenteraad heeft dinsdag een nieuwe veerdienst goedgekeurd, die in het voorjaar van start gaat en door de provincie wordt betaald.',
    ],
  ])('recognises %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('returns null for text too short or without stop words', () => {
    expect(detectLanguage('Ferry')).toBeNull();
    expect(detectLanguage('Harbor City Pelican Island Bayline Ortiz Reyes')).toBeNull();
  });
});
