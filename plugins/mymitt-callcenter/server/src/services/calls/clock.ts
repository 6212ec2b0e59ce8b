/**
 * The plugin's clock. Tests move it (TEL-02 windows) through this service; production never can:
 * `setForTests` refuses outside NODE_ENV=test, and no request parameter reaches it.
 */
const clock = () => {
  let fixed: Date | null = null;
  return {
    now(): Date {
      return fixed ? new Date(fixed.getTime()) : new Date();
    },
    setForTests(at: Date | null) {
      if (process.env.NODE_ENV !== 'test') throw new Error('The call center clock can only be set in tests');
      fixed = at ? new Date(at.getTime()) : null;
    },
  };
};

export default clock;
