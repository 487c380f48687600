import '../../components/popup.css';
import { render } from 'preact';
import { paletteCss } from '../../components/palette';
import { PopupApp } from './popup-app';

const palette = document.createElement('style');
palette.textContent = paletteCss(':root', 'p');
document.head.append(palette);

const root = document.getElementById('app');
if (root) render(<PopupApp />, root);
