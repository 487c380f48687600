/**
 * Sample props for every component, drawn from the canonical fixture article, so the components
 * can be looked at in a browser (see `render-previews.tsx`) without the extension around them.
 */
import type { ComponentChild } from 'preact';
import type { TabState } from '../../messaging/protocol';
import type { NoteRecord } from '../../storage/records';
import { ClaimCard } from '../ClaimCard';
import { EntityCard } from '../EntityCard';
import { ErrorToast } from '../ErrorToast';
import { NoteCard } from '../NoteCard';
import { NoteEditor } from '../NoteEditor';
import { PopupView } from '../PopupView';
import { SelectionButton } from '../SelectionButton';
import type { EntityCardData } from '../types';

const ARTICLE = 'https://www.azernews.az/analysis/229901.html';
const DAY = 86_400_000;
const NOW = Date.UTC(2024, 7, 19, 9, 30);

const note: NoteRecord = {
  id: 'n-1',
  articleUrl: ARTICLE,
  articleTitle: "Putin's visit to Baku marks new phase in Azerbaijan-Russia strategic partnership",
  body: 'Compare with the 2018 visit: which agreements were actually carried out?',
  anchor: {
    exact: 'a new phase in the strategic partnership',
    prefix: 'The visit is widely seen as mark',
    suffix: ' between the two countries, with',
    start: 1200,
    end: 1240,
  },
  createdAt: NOW - 2 * DAY,
  updatedAt: NOW - DAY,
};

const aliyev: EntityCardData = {
  key: 'person:ilham aliyev',
  name: 'Ilham Aliyev',
  type: 'person',
  aliases: ['Ilham Aliyev', 'Aliyev', 'President Aliyev'],
  mentionCount: 7,
  snippets: [
    { before: 'held talks with President ', text: 'Ilham Aliyev', after: ' in a narrow format' },
    { before: 'According to ', text: 'Aliyev', after: ', the two countries will' },
    { before: 'Putin thanked ', text: 'Aliyev', after: ' for the warm welcome' },
    { before: 'a joint statement, ', text: 'Aliyev', after: ' said that trade' },
  ],
  earlier: [
    {
      articleUrl: 'https://a.test/1',
      articleTitle: 'Baku prepares for COP29',
      count: 3,
      seenAt: NOW - DAY,
    },
    {
      articleUrl: 'https://a.test/2',
      articleTitle: 'Caspian energy corridor gains pace',
      count: 1,
      seenAt: NOW - 5 * DAY,
    },
    {
      articleUrl: 'https://a.test/3',
      articleTitle: 'Aliyev receives delegation from Italy',
      count: 2,
      seenAt: NOW - 9 * DAY,
    },
  ],
  earlierCount: 4,
  notes: [{ ...note, body: 'Re-elected in February 2024; check the turnout figure quoted.' }],
};

const tabState: TabState = {
  status: 'article',
  host: 'www.azernews.az',
  article: {
    url: ARTICLE,
    title: "Putin's visit to Baku marks new phase in Azerbaijan-Russia strategic partnership",
    site: 'AzerNews',
    byline: 'Fatima Latifova',
    published: '2024-08-19',
    lang: 'en',
  },
  entities: [
    {
      id: 'e1',
      key: 'person:vladimir putin',
      type: 'person',
      name: 'Vladimir Putin',
      aliases: ['Vladimir Putin', 'Putin'],
      mentions: 9,
      earlierArticles: 2,
    },
    {
      id: 'e2',
      key: 'person:ilham aliyev',
      type: 'person',
      name: 'Ilham Aliyev',
      aliases: ['Ilham Aliyev', 'Aliyev'],
      mentions: 7,
      earlierArticles: 4,
    },
    {
      id: 'e3',
      key: 'place:azerbaijan',
      type: 'place',
      name: 'Azerbaijan',
      aliases: ['Azerbaijan'],
      mentions: 12,
      earlierArticles: 6,
    },
    {
      id: 'e4',
      key: 'place:russia',
      type: 'place',
      name: 'Russia',
      aliases: ['Russia'],
      mentions: 10,
      earlierArticles: 0,
    },
    {
      id: 'e5',
      key: 'place:baku',
      type: 'place',
      name: 'Baku',
      aliases: ['Baku'],
      mentions: 5,
      earlierArticles: 0,
    },
    {
      id: 'e6',
      key: 'organization:unfccc',
      type: 'organization',
      name: 'UN Framework Convention on Climate Change',
      aliases: ['UNFCCC'],
      mentions: 2,
      earlierArticles: 0,
    },
    {
      id: 'e7',
      key: 'event:cop29',
      type: 'event',
      name: 'COP29',
      aliases: ['COP29', 'COP 29'],
      mentions: 3,
      earlierArticles: 1,
    },
  ],
  claims: [
    {
      start: 0,
      end: 150,
      text: 'Baku, the capital of Azerbaijan, will host the 2024 UN Climate Change Conference (UNFCCC COP 29) for the first time in the region from November 11–22, 2024.',
      score: 0.86,
      kinds: ['date-event'],
      reasons: ['a dated event: November 11–22, 2024'],
    },
    {
      start: 200,
      end: 290,
      text: 'Trade turnover between the two countries grew by 17 percent last year.',
      score: 0.74,
      kinds: ['statistic'],
      reasons: ['a percentage: 17 percent'],
    },
  ],
  notes: [note],
};

/** One preview: a name (file stem) and the tree to render. */
export interface Preview {
  name: string;
  /** Width of the screenshot viewport in CSS pixels. */
  width: number;
  stylesheet: 'card' | 'popup';
  node: ComponentChild;
}

const noop = () => {};

/** Every component with sample data. */
export const PREVIEWS: Preview[] = [
  {
    name: 'entity-card',
    width: 400,
    stylesheet: 'card',
    node: <EntityCard entity={aliyev} onAddNote={noop} onOpenNote={noop} />,
  },
  {
    name: 'claim-card',
    width: 400,
    stylesheet: 'card',
    node: (
      <ClaimCard
        claim={{
          start: 0,
          end: 120,
          text: '"We will double the volume of gas transit by 2027," Aliyev told reporters after the talks.',
          score: 0.78,
          kinds: ['quotation', 'commitment', 'date-event'],
          reasons: [
            'a quotation with a speaker: told reporters',
            'a commitment with a target year: will double … by 2027',
          ],
          speakerId: 'e2',
        }}
        speaker="Ilham Aliyev"
        onAddNote={noop}
      />
    ),
  },
  {
    name: 'note-card',
    width: 400,
    stylesheet: 'card',
    node: <NoteCard note={note} onSave={noop} onDelete={noop} />,
  },
  {
    name: 'note-editor',
    width: 400,
    stylesheet: 'card',
    node: (
      <section class="g-card" data-gloss-card="" data-kind="note">
        <NoteEditor quote={note.anchor.exact} onSave={noop} onCancel={noop} />
      </section>
    ),
  },
  {
    name: 'selection-button',
    width: 240,
    stylesheet: 'card',
    node: <SelectionButton x={16} y={16} onAddNote={noop} />,
  },
  {
    name: 'error-toast',
    width: 420,
    stylesheet: 'card',
    node: (
      <ErrorToast
        message="Your note could not be saved. It is kept in the editor: try again."
        onDismiss={noop}
      />
    ),
  },
  {
    name: 'popup',
    width: 380,
    stylesheet: 'popup',
    node: <PopupView state={tabState} onToggleSite={noop} onDeleteNote={noop} onFocusNote={noop} />,
  },
  {
    name: 'popup-language',
    width: 380,
    stylesheet: 'popup',
    node: (
      <PopupView
        state={{
          status: 'unsupported-language',
          host: 'ria.ru',
          article: { url: 'https://ria.ru/x', title: 'Визит', lang: 'ru' },
          entities: [],
          claims: [],
          notes: [],
        }}
        onToggleSite={noop}
        onDeleteNote={noop}
        onFocusNote={noop}
      />
    ),
  },
];
