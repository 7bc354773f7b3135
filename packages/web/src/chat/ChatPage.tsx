// The companion chat. Replies stream in as they are written; a screen reader hears each finished
// reply once (polite live region), and hears at once (assertive) when crisis support appears.
// Whenever crisis lines are shown, a banner with quick actions sits above the conversation.
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { exerciseById } from '@kinbridge/core/exercises';
import { api, ApiError } from '../app/api';
import { ExercisePlayer } from '../exercises/ExercisePlayer';
import { ChatError, sendMessage, type ChatAction, type ChatResource } from './chat-stream';
import { MemoryPanel } from './MemoryPanel';
import { RiskBanner } from './RiskBanner';
import './chat.css';

interface Message {
  id: string;
  role: 'person' | 'companion';
  text: string;
  actions?: ChatAction[];
}

interface HistoryMessage {
  id: string;
  role: 'person' | 'companion';
  text: string;
  meta?: { resources: ChatResource[]; actions: ChatAction[] };
}

const MAX_LENGTH = 4000;

export function ChatPage() {
  const [messages, setMessages] = useState<Message[]>([]);
  const [draft, setDraft] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState('');
  const [crisis, setCrisis] = useState<{ resources: ChatResource[]; actions: ChatAction[] } | null>(null);
  const [announce, setAnnounce] = useState('');
  const [alert, setAlert] = useState('');
  const [exerciseId, setExerciseId] = useState<string | null>(null);
  const endRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    let cancelled = false;
    api<{ messages: HistoryMessage[] }>('/api/chat/history?limit=50')
      .then(({ messages: history }) => {
        if (cancelled) return;
        setMessages(history.map((m) => ({ id: m.id, role: m.role, text: m.text, ...(m.meta ? { actions: m.meta.actions } : {}) })));
        const last = [...history].reverse().find((m) => m.role === 'companion');
        if (last?.meta && last.meta.resources.length > 0) setCrisis({ resources: last.meta.resources, actions: last.meta.actions });
      })
      .catch((e: unknown) => {
        if (!cancelled) setError(e instanceof ApiError ? e.message : 'Could not load the conversation.');
      });
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    endRef.current?.scrollIntoView?.({ block: 'end' });
  }, [messages]);

  const send = async (event?: FormEvent) => {
    event?.preventDefault();
    const text = draft.trim();
    if (!text || sending) return;
    setDraft('');
    setError('');
    setSending(true);
    const replyId = `reply-${Date.now()}`;
    setMessages((m) => [...m, { id: `me-${Date.now()}`, role: 'person', text }, { id: replyId, role: 'companion', text: '' }]);
    const update = (fn: (msg: Message) => Message) => setMessages((m) => m.map((msg) => (msg.id === replyId ? fn(msg) : msg)));
    try {
      await sendMessage(text, {
        onStart(start) {
          if (start.banner) {
            setCrisis({ resources: start.resources, actions: start.actions });
            setAlert('Crisis support is shown above the conversation: you can call or text a person right now.');
          } else {
            setCrisis(null);
          }
        },
        onText(piece, replace) {
          update((msg) => ({ ...msg, text: replace ? piece : msg.text + piece }));
        },
        onDone(done) {
          update((msg) => ({ ...msg, text: done.reply, actions: done.actions }));
          setAnnounce(done.reply);
        },
      });
    } catch (e) {
      setError(e instanceof ChatError ? e.message : 'Something went wrong. If you are in danger, call your local emergency number now.');
      update((msg) => (msg.text ? msg : { ...msg, text: '(no reply)' }));
    } finally {
      setSending(false);
      inputRef.current?.focus();
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      void send();
    }
  };

  const exercise = exerciseId ? exerciseById(exerciseId) : undefined;
  return (
    <main className="page chat-page" id="main">
      <h1>Talk it through</h1>
      <p className="lead">This is an AI companion, not a person and not a therapist. If you are in danger, use SOS or call your local emergency number.</p>
      {crisis && <RiskBanner resources={crisis.resources} actions={crisis.actions} onBreathe={setExerciseId} />}
      {exercise && (
        <section className="panel" aria-label={exercise.title}>
          <h2>{exercise.title}</h2>
          <ExercisePlayer exercise={exercise} />
          <button type="button" onClick={() => setExerciseId(null)}>
            Close the exercise
          </button>
        </section>
      )}
      <ol className="chat-log" aria-label="Conversation" aria-busy={sending}>
        {messages.map((m) => (
          <li key={m.id} className={`chat-message chat-${m.role}`}>
            <span className="visually-hidden">{m.role === 'person' ? 'You said:' : 'Companion said:'}</span>
            <p className="chat-text">{m.text || (sending ? '…' : '')}</p>
            {m.actions?.filter((a): a is Extract<ChatAction, { kind: 'start_breathing' }> => a.kind === 'start_breathing').slice(0, 1).map((a) => (
              <button key={a.exerciseId} type="button" onClick={() => setExerciseId(a.exerciseId)}>
                Open the guided exercise
              </button>
            ))}
          </li>
        ))}
      </ol>
      <div ref={endRef} />
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announce}
      </div>
      <div className="visually-hidden" role="alert">
        {alert}
      </div>
      <p className="error" role="status">
        {error}
      </p>
      <form className="chat-form" onSubmit={(e) => void send(e)}>
        <label htmlFor="chat-input">Message to the companion</label>
        <textarea
          id="chat-input"
          ref={inputRef}
          value={draft}
          maxLength={MAX_LENGTH}
          rows={3}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKeyDown}
          aria-describedby="chat-input-hint"
        />
        <span id="chat-input-hint" className="hint">
          Enter sends; Shift+Enter adds a new line.
        </span>
        <button type="submit" className="primary" disabled={sending || !draft.trim()}>
          {sending ? 'Sending…' : 'Send'}
        </button>
      </form>
      <MemoryPanel />
    </main>
  );
}
