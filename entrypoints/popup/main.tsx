import '../../components/popup.css';
import { render } from 'preact';
import { PopupApp } from './popup-app';

const root = document.getElementById('app');
if (root) render(<PopupApp />, root);
