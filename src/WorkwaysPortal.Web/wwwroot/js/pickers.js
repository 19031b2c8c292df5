// The multi-selects marked data-picker (countries, corridors, a session's gaps and initiatives, an initiative's
// participants) become a Tom Select picker: type a few letters to filter, arrows and Enter (or a tap) to pick,
// Backspace or a chosen item's × to take it out. The <select multiple> stays in the form, hidden, and is what
// the form sends; without script it is the plain select, with its "Hold Ctrl (or Cmd)" hint.
// Texts come from the select (data-picker-*, written by PickerTagHelper in the page's language).
'use strict';
document.querySelectorAll('select[multiple][data-picker]').forEach(select => {
    if (typeof TomSelect === 'undefined') {
        return;
    }

    const texts = select.dataset;
    const describedBy = (select.getAttribute('aria-describedby') || '').split(/\s+/).filter(id => id);
    const picker = new TomSelect(select, {
        plugins: {
            remove_button: {
                title: texts.pickerRemove,
                html: data => {
                    const button = document.createElement('span');
                    button.className = data.className;
                    button.title = data.title;
                    button.setAttribute('aria-hidden', 'true');
                    button.textContent = '×';
                    return button;
                },
            },
        },
        placeholder: texts.pickerPlaceholder,
        hidePlaceholder: false,
        maxOptions: null,
        closeAfterSelect: false,
        // After a pick the typed letters go, ready for the next country.
        onItemAdd() {
            this.setTextboxValue('');
            this.refreshOptions();
        },
        render: {
            no_results: (data, escape) => `<div class="no-results">${escape(texts.pickerNoResults)}</div>`,
        },
    });

    // The hint about Ctrl and Cmd is for the plain select only; the picker's input keeps the other descriptions.
    const kept = describedBy.filter(id => {
        const hint = document.getElementById(id);
        if (hint && hint.classList.contains('picker-hint')) {
            hint.hidden = true;
            return false;
        }
        return true;
    });
    if (kept.length > 0) {
        picker.control_input.setAttribute('aria-describedby', kept.join(' '));
    }

    if (select.getAttribute('aria-required') === 'true') {
        picker.control_input.setAttribute('aria-required', 'true');
    }

    // Screen readers meet the picker once: the select it replaces leaves the accessibility tree.
    select.setAttribute('aria-hidden', 'true');
});
