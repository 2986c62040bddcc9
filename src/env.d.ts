declare module 'virtual:scale.css';
