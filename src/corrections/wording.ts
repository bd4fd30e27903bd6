/** The footer a posted answer gets once an update changed or removed something it cites. */
export const UPDATED_AFTER_NOTICE = 'A cited article was updated after this answer — see Sources';

/** How the Sources view marks a citation the update removed without a replacement. */
export const REMOVED_IN_UPDATE = 'removed in the update';
