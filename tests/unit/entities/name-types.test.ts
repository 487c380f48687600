import { describe, expect, it } from 'vitest';
import { nameTypeOf } from '../../../analysis/entities/name-types';

const t = (conll: 'PER' | 'ORG' | 'LOC' | 'MISC', name: string) =>
  nameTypeOf(conll, name.split(' '));

describe('nameTypeOf', () => {
  it('maps PER, LOC and ORG directly', () => {
    expect(t('PER', 'Vladimir Putin')).toBe('person');
    expect(t('LOC', 'Abu Dhabi')).toBe('place');
    expect(t('ORG', 'European Commission')).toBe('organization');
  });

  it('types events and laws by their head word, and COP numbers as events', () => {
    expect(t('MISC', 'UN Climate Change Conference')).toBe('event');
    expect(t('MISC', 'COP29')).toBe('event');
    expect(t('MISC', 'Conference of the Parties')).toBe('event');
    expect(t('MISC', 'Paris Agreement')).toBe('law');
    expect(t('LOC', 'Paris Agreement')).toBe('law');
    expect(t('LOC', 'Paris')).toBe('place');
    expect(t('ORG', 'UN Framework Convention on Climate Change')).toBe('law');
    expect(t('MISC', 'Clean Air Act')).toBe('law');
  });

  it('types a legislature read as an organisation as the body, not an event', () => {
    expect(t('ORG', 'Congress')).toBe('organization');
    expect(t('ORG', 'UN General Assembly')).toBe('organization');
    expect(t('ORG', 'African National Congress')).toBe('organization');
    expect(t('MISC', 'Party Congress')).toBe('event');
    expect(t('ORG', 'Climate Conference')).toBe('event');
    // An event word opening a body's name does not make it an event: "the Conference Board said".
    expect(t('ORG', 'Conference Board')).toBe('organization');
    expect(t('MISC', 'Summit Talks')).toBe('event');
  });

  it('types a newspaper or journal read as a place as an organisation', () => {
    expect(t('LOC', 'New England Journal of Medicine')).toBe('organization');
    expect(t('LOC', 'Jakarta Post')).toBe('organization');
    expect(t('LOC', 'Times Square')).toBe('place');
    expect(t('LOC', 'Post')).toBe('place');
  });

  it('types past events by their head, even when read as places', () => {
    expect(t('LOC', 'Great Depression')).toBe('event');
    expect(t('LOC', 'Gulf War')).toBe('event');
    expect(t('MISC', 'Great Recession')).toBe('event');
    expect(t('LOC', 'War')).toBe('place');
    expect(t('LOC', 'Revolution Square')).toBe('place');
  });

  it('types one-word nationalities as groups and leaves the rest as other', () => {
    expect(t('MISC', 'Azerbaijani')).toBe('group');
    expect(t('MISC', 'Russian')).toBe('group');
    expect(t('MISC', 'Chinese')).toBe('group');
    expect(t('MISC', 'Windows')).toBe('other');
  });

  it('types people from a place as a group, other words in "-er" not', () => {
    expect(t('MISC', 'Westerners')).toBe('group');
    expect(t('MISC', 'Islander')).toBe('group');
    expect(t('MISC', 'Londoners')).toBe('group');
    expect(t('MISC', 'Twitter')).toBe('other');
    expect(t('MISC', 'Rottweiler')).toBe('other');
  });

  it('types faiths and parties as groups, and a name ending in a model as a product', () => {
    expect(t('MISC', 'Muslims')).toBe('group');
    expect(t('MISC', 'Democrats')).toBe('group');
    expect(t('MISC', 'PlayStation 5 Pro')).toBe('product');
    expect(t('MISC', 'Galaxy S24')).toBe('product');
    expect(t('MISC', 'Essex 72')).toBe('other');
  });
});
