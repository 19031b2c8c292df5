// The strength hint of the new-password fields (Features/Account/_NewPassword.cshtml): while the user
// types, how many more characters the password needs. Texts come from the page (data-short,
// data-long-enough), in the page's language. The server checks the policy again, common passwords too.
'use strict';
document.querySelectorAll('input[data-password-hint]').forEach(input => {
    const hint = document.getElementById(input.dataset.passwordHint);
    const minimum = Number.parseInt(input.dataset.minLength, 10);
    if (!hint || Number.isNaN(minimum)) {
        return;
    }

    const update = () => {
        const length = Array.from(input.value).length;
        hint.textContent = length === 0 ? ''
            : length < minimum ? hint.dataset.short.replace('{0}', String(minimum - length))
            : hint.dataset.longEnough;
    };
    input.addEventListener('input', update);
    update();
});
