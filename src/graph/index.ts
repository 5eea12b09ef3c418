export * from './fetchMiddleware';
export * from './MailboxRateLimiter';
export * from './GraphMailSender';
export * from './permissionErrors';
