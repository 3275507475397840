// Lets a test make a real request fail, as a dropped connection or a bad deploy does: while the
// page's `mt-fail` cookie names a path fragment, every request whose path contains it gets a 503.
// A cookie, not a query string, because the module that is asked for does not know the test.
export function failRequestsMiddleware(context, next) {
  const fragment = context.cookies.get('mt-fail');
  if (fragment && context.path.includes(decodeURIComponent(fragment))) {
    context.status = 503;
    context.body = 'failed on purpose by the test (mt-fail cookie)';
    return undefined;
  }
  return next();
}
