import '../../components/library.css';
import { render } from 'preact';
import { paletteCss } from '../../components/palette';
import { LibraryApp } from './library-app';

const palette = document.createElement('style');
palette.textContent = paletteCss(':root');
document.head.append(palette);

const root = document.getElementById('app');
if (root) render(<LibraryApp />, root);
