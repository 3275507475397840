// Chrome traces through the DevTools protocol, summarised as main-thread time per kind of work.

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'v8.execute',
  'v8',
  'blink',
  'disabled-by-default-devtools.timeline',
].join(',');

/**
 * The categories for idle windows: without the detailed timeline category, whose start makes the
 * page run a lifecycle update of its own (style, layout, paint) in about half the windows.
 */
export const LIGHT = ['toplevel', 'devtools.timeline', 'v8.execute', 'v8', 'blink'].join(',');

/** Runs `fn` while tracing; resolves to the trace events. */
export async function traced(cdp, fn, categories = CATEGORIES) {
  const events = [];
  const collect = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  try {
    await fn();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  return events;
}

// Which kind of work an event is; events not named here take their parent's kind.
const KIND = new Map([
  ...[
    'FunctionCall',
    'EvaluateScript',
    'v8.run',
    'v8.callFunction',
    'V8.Execute',
    'RunMicrotasks',
    'v8.compile',
    'v8.compileModule',
    'v8.evaluateModule',
    'FireAnimationFrame',
    'TimerFire',
    'EventDispatch',
    'V8.RunMicrotasks',
    // The driver's Runtime.evaluate runs its script inside the protocol message, with no event of its own.
    'Receive mojo message',
  ].map((n) => [n, 'script']),
  ...[
    'MinorGC',
    'MajorGC',
    'V8.GCScavenger',
    'V8.GCFinalizeMC',
    'V8.GC_MC_BACKGROUND',
    'BlinkGC.AtomicPhase',
    'ThreadState::CompleteSweep',
    'V8.GCCompactor',
    'V8.GCIncrementalMarking',
  ].map((n) => [n, 'gc']),
  ...['UpdateLayoutTree', 'RecalculateStyles', 'Document::recalcStyle'].map((n) => [n, 'style']),
  ...['Layout', 'LocalFrameView::layout', 'ResizeObserver'].map((n) => [n, 'layout']),
  ...[
    'Paint',
    'PrePaint',
    'Layerize',
    'UpdateLayer',
    'UpdateLayerTree',
    'Commit',
    'PaintImage',
    'CompositeLayers',
    'LocalFrameView::RunPaintLifecyclePhase',
    'LocalFrameView::pushPaintArtifactToCompositor',
    'LocalFrameView::RunPrePaintLifecyclePhase',
    'LocalFrameView::RunCompositingInputsLifecyclePhase',
  ].map((n) => [n, 'paint']),
  ['ParseHTML', 'parse'],
]);
// A forced layout or style inside script is layout or style, not script.
const NESTED_WINS = new Set(['style', 'layout', 'paint', 'gc']);

/** Threads named CrRendererMain (one per renderer). */
function mainThreads(events) {
  const main = new Set();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') main.add(`${e.pid}:${e.tid}`);
  }
  return main;
}

/** Complete (X) events per main thread, with B/E pairs turned into X. */
function completeEvents(events, threads) {
  const byThread = new Map();
  const open = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (!threads.has(key)) continue;
    let list = byThread.get(key);
    if (!list) byThread.set(key, (list = []));
    // Wall time places events in the tree; thread time (CPU time, when recorded) is what is summed.
    if (e.ph === 'X') list.push({ name: e.name, ts: e.ts, dur: e.dur ?? 0, cpu: e.tdur ?? e.dur ?? 0, args: e.args });
    else if (e.ph === 'B') {
      const stack = open.get(key) ?? [];
      stack.push(e);
      open.set(key, stack);
    } else if (e.ph === 'E') {
      const begin = open.get(key)?.pop();
      if (begin) {
        const cpu = e.tts !== undefined && begin.tts !== undefined ? e.tts - begin.tts : e.ts - begin.ts;
        list.push({ name: begin.name, ts: begin.ts, dur: e.ts - begin.ts, cpu, args: begin.args });
      }
    }
  }
  return byThread;
}

/**
 * Main-thread milliseconds (thread CPU time where the trace has it) by kind (script, gc, style, layout, paint, parse, other) and in all
 * top-level tasks, with counts of main-thread frames and of the compositor's presentation
 * feedback tasks (which the browser runs for any page with a running animation).
 */
export function breakdown(events) {
  const threads = mainThreads(events);
  const totals = { task: 0, script: 0, gc: 0, style: 0, layout: 0, paint: 0, parse: 0, other: 0 };
  let frames = 0;
  let presentation = 0;
  let presentationTasks = 0;
  for (const list of completeEvents(events, threads).values()) {
    list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const stack = [];
    const finish = (node) => {
      const self = Math.max(0, node.cpu - node.childTime);
      totals[node.kind] += self / 1000;
    };
    for (const e of list) {
      while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) finish(stack.pop());
      const parent = stack.at(-1);
      if (parent) parent.childTime += e.cpu;
      else if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') totals.task += e.cpu / 1000;
      const own = KIND.get(e.name);
      const inherited = parent?.kind ?? 'other';
      const kind = own && (own !== 'script' || !NESTED_WINS.has(inherited)) ? own : inherited;
      if (e.name === 'ProxyMain::BeginMainFrame') frames++;
      if (e.name === 'ThreadControllerImpl::RunTask' && e.args?.src_func === 'DidPresentCompositorFrameOnImplThread') {
        presentationTasks++;
        // Its whole top-level task.
        const top = stack[0] ?? e;
        presentation += top.cpu / 1000;
      }
      stack.push({ ...e, kind, childTime: 0 });
    }
    while (stack.length) finish(stack.pop());
  }
  return { ...totals, frames, presentation, presentationTasks };
}
