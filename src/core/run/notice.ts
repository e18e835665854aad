// How the run's steps tell the reporters something (a notice in the console, an annotation in the Action).
export type Notice = (level: 'info' | 'warning', message: string) => void;
