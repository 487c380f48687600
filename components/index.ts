/** Gloss's Preact components: every one gets its data and callbacks through props. */
export { ClaimCard, type ClaimCardProps } from './ClaimCard';
export { mentionSnippets, SNIPPET_CONTEXT } from './card-data';
export { EntityCard, type EntityCardProps } from './EntityCard';
export { ErrorToast, type ErrorToastProps } from './ErrorToast';
export { NoteCard, type NoteCardProps } from './NoteCard';
export { NoteEditor, type NoteEditorProps } from './NoteEditor';
export { groupEntities, PopupView, type PopupViewProps } from './PopupView';
export { SelectionButton, type SelectionButtonProps } from './SelectionButton';
export * from './types';
