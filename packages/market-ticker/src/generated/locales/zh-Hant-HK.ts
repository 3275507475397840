
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'quote-spoken-down': str`${0} ${1}，跌 ${2}，跌 ${3}%`,
'quote-spoken-empty': str`${0}，暫無報價`,
'quote-spoken-flat': str`${0} ${1}，無升跌`,
'quote-spoken-price': str`${0} ${1}`,
'quote-spoken-up': str`${0} ${1}，升 ${2}，升 ${3}%`,
    };
  