// Entry point of the bundle: mounts a workbench on every element the rb:gantt component rendered.
import { Workbench } from './workbench.js';
import { Watcher } from './watcher.js';

function options(root) {
  const data = root.dataset;
  return {
    apiBase: data.api, plan: data.plan || '', initialItem: data.item || null, language: data.language || 'zh',
    zoom: data.zoom || 'year', editable: data.editable !== 'false',
    editAreas: (data.editAreas || '').split(',').filter(Boolean), labels: JSON.parse(data.labels || '{}'),
    pollMs: Number(data.poll || 0), baseline: data.baseline || null,
  };
}

async function mount(root) {
  if (root.dataset.mounted) {
    return;
  }
  root.dataset.mounted = 'true';
  const workbench = new Workbench(root, options(root));
  window.ReformBench = Object.assign(window.ReformBench || {}, { workbench });
  try {
    await workbench.start();
    new Watcher(workbench, workbench.pollMs).start();
  } catch (error) {
    root.dataset.failed = error.message;
    workbench.toast(error.message, 'error');
  }
}

function mountAll() {
  document.querySelectorAll('[data-rb-gantt]').forEach(mount);
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', mountAll);
} else {
  mountAll();
}
