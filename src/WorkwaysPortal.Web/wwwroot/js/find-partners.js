// Find partners on a phone: once there are results, the search form folds behind "Change the search" (a
// button with aria-expanded), so the results are on the first screen. Wider screens show both side by side
// (site.css hides the button there); without script the button stays hidden and the form open.
'use strict';
(() => {
    const toggle = document.querySelector('.find-toggle');
    const form = toggle && document.getElementById(toggle.getAttribute('aria-controls'));
    if (!form) {
        return;
    }

    form.classList.add('find-form-folds');
    toggle.hidden = false;
    toggle.addEventListener('click', () => {
        const open = toggle.getAttribute('aria-expanded') !== 'true';
        toggle.setAttribute('aria-expanded', String(open));
        form.classList.toggle('is-open', open);
    });
})();
