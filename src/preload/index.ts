// Sandboxed preload (bundled to CommonJS): expose the allow-listed bridge, nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld('commonGround', createBridge(ipcRenderer));
